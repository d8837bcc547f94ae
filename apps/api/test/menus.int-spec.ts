import type { CanteenEntity } from '../src/modules/canteens/canteen.entity.js';
import type { DishEntity } from '../src/modules/menus/dish.entity.js';
import { bearerFor, createCanteen, createDish, createRegionTree, createUser } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('dishes and daily menus (HTTP, real database)', () => {
  let t: TestApp;
  let canteen: CanteenEntity;
  let lunchOnly: CanteenEntity;
  let foreignDish: DishEntity;
  let staff: string;

  beforeAll(async () => {
    t = await startTestApp();
    const region = await createRegionTree(t.dataSource);
    canteen = await createCanteen(t.dataSource, region.community);
    lunchOnly = await createCanteen(t.dataSource, region.community, {
      slots: [{ slot: 'LUNCH', start: '11:00', end: '13:00' }],
    });
    foreignDish = await createDish(t.dataSource, lunchOnly.id, { name: '别家的菜' });
    staff = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_STAFF', region.community, { canteenId: canteen.id }),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  const base = () => `/api/v1/canteens/${canteen.id}`;

  async function newDish(name: string, priceFen: number): Promise<{ id: string }> {
    const response = await t.http
      .post(`${base()}/dishes`)
      .set('Authorization', staff)
      .send({ name, priceFen, dietTags: ['SOFT', 'LOW_SALT'], allergens: ['EGG'] });
    expect(response.status).toBe(201);
    return response.body;
  }

  it('creates, lists and edits dishes with prices in integer fen', async () => {
    const dish = await newDish('蒸蛋羹', 650);
    const edited = await t.http
      .patch(`${base()}/dishes/${dish.id}`)
      .set('Authorization', staff)
      .send({ priceFen: 700, active: false });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: '蒸蛋羹', priceFen: 700, active: false, dietTags: ['SOFT', 'LOW_SALT'] });
    const list = await t.http.get(`${base()}/dishes`).set('Authorization', staff);
    expect((list.body as { id: string }[]).map((row) => row.id)).toContain(dish.id);
  });

  it.each([
    [{ name: '菜', priceFen: 1.5 }, 'priceFen'],
    [{ name: '菜', priceFen: -1 }, 'priceFen'],
    [{ name: '', priceFen: 100 }, 'name'],
    [{ name: '菜', priceFen: 100, dietTags: ['SPICY'] }, 'dietTags'],
    [{ name: '菜', priceFen: 100, photoUrl: 'javascript:alert(1)' }, 'photoUrl'],
  ])('refuses dish %j with 422 on %s', async (body, field) => {
    const response = await t.http.post(`${base()}/dishes`).set('Authorization', staff).send(body);
    expect(response.status).toBe(422);
    expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toContain(field);
  });

  it('sets a day-slot menu, replaces it, and lists it by date range', async () => {
    const rice = await newDish('米饭', 100);
    const soup = await newDish('菌汤', 800);
    const first = await t.http
      .put(`${base()}/daily-menus/2026-12-01/LUNCH`)
      .set('Authorization', staff)
      .send({ items: [{ dishId: rice.id, priceFen: 100, portions: 50 }] });
    expect(first.status).toBe(200);
    const replaced = await t.http
      .put(`${base()}/daily-menus/2026-12-01/LUNCH`)
      .set('Authorization', staff)
      .send({
        items: [
          { dishId: soup.id, priceFen: 750, portions: 20 },
          { dishId: rice.id, priceFen: 100, portions: 80 },
        ],
      });
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(first.body.id);
    expect(replaced.body.items).toEqual([
      expect.objectContaining({ dishId: soup.id, name: '菌汤', priceFen: 750, portions: 20, portionsLeft: 20, soldOut: false }),
      expect.objectContaining({ dishId: rice.id, priceFen: 100, portions: 80 }),
    ]);

    const range = await t.http
      .get(`${base()}/daily-menus?from=2026-11-30&to=2026-12-02`)
      .set('Authorization', staff);
    expect(range.status).toBe(200);
    expect(range.body).toHaveLength(1);
    expect(range.body[0]).toMatchObject({ serviceDate: '2026-12-01', slot: 'LUNCH' });
  });

  it('copies a day onto the rest of the week', async () => {
    const noodles = await newDish('面条', 900);
    await t.http
      .put(`${base()}/daily-menus/2026-12-07/LUNCH`)
      .set('Authorization', staff)
      .send({ items: [{ dishId: noodles.id, priceFen: 900, portions: 30 }] });
    await t.http
      .put(`${base()}/daily-menus/2026-12-07/DINNER`)
      .set('Authorization', staff)
      .send({ items: [{ dishId: noodles.id, priceFen: 950, portions: 10 }] });
    const toDates = ['2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];
    const copy = await t.http
      .post(`${base()}/daily-menus/copy`)
      .set('Authorization', staff)
      .send({ fromDate: '2026-12-07', toDates });
    expect(copy.status).toBe(200);
    expect(copy.body).toEqual({ copied: 12 });
    const week = await t.http.get(`${base()}/daily-menus?from=2026-12-08&to=2026-12-13`).set('Authorization', staff);
    expect(week.body).toHaveLength(12);
    const dinners = (week.body as { slot: string; items: { priceFen: number }[] }[]).filter((menu) => menu.slot === 'DINNER');
    expect(dinners.every((menu) => menu.items[0]?.priceFen === 950)).toBe(true);

    const ontoItself = await t.http
      .post(`${base()}/daily-menus/copy`)
      .set('Authorization', staff)
      .send({ fromDate: '2026-12-07', toDates: ['2026-12-07'] });
    expect(ontoItself.status).toBe(422);
  });

  it('refuses a dish of another canteen, a slot the canteen does not serve and impossible dates', async () => {
    const foreign = await t.http
      .put(`${base()}/daily-menus/2026-12-02/LUNCH`)
      .set('Authorization', staff)
      .send({ items: [{ dishId: foreignDish.id, priceFen: 100, portions: 1 }] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.details).toEqual([{ field: 'items.0.dishId', constraint: 'dishOfCanteen' }]);

    const admin = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', lunchOnly.regionCode.slice(0, 6)));
    const unserved = await t.http
      .put(`/api/v1/canteens/${lunchOnly.id}/daily-menus/2026-12-02/DINNER`)
      .set('Authorization', admin)
      .send({ items: [] });
    expect(unserved.status).toBe(422);
    expect(unserved.body.code).toBe('MENU_SLOT_NOT_SERVED');

    const impossible = await t.http
      .put(`${base()}/daily-menus/2026-02-30/LUNCH`)
      .set('Authorization', staff)
      .send({ items: [] });
    expect(impossible.status).toBe(422);
    expect(impossible.body.details).toEqual([{ field: 'serviceDate', constraint: 'isServiceDate' }]);

    const tooLong = await t.http.get(`${base()}/daily-menus?from=2026-01-01&to=2026-12-31`).set('Authorization', staff);
    expect(tooLong.status).toBe(422);
  });

  it('keeps staff of one canteen out of another canteen’s menus', async () => {
    const response = await t.http
      .put(`/api/v1/canteens/${lunchOnly.id}/daily-menus/2026-12-02/LUNCH`)
      .set('Authorization', staff)
      .send({ items: [] });
    expect(response.status).toBe(403);
  });
});
