import type { CanteenEntity } from '../src/modules/canteens/canteen.entity.js';
import { bearerFor, createCanteen, createRegionTree, createUser, type RegionTree } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

const validCanteen = (regionCode: string) => ({
  code: `N-${Date.now().toString(36).toUpperCase()}`,
  name: '新开幸福食堂',
  kind: 'CANTEEN',
  regionCode,
  address: '幸福路9号',
  status: 'PLANNED',
  openedOn: null,
  seats: 40,
  dailyCapacity: 160,
  slots: [{ slot: 'LUNCH', start: '11:00', end: '13:00' }],
});

describe('region scope and roles (HTTP, real database)', () => {
  let t: TestApp;
  let home: RegionTree;
  let other: RegionTree;
  let homeCanteen: CanteenEntity;
  let otherCanteen: CanteenEntity;
  let official: string;
  let auditor: string;
  let manager: string;

  beforeAll(async () => {
    t = await startTestApp();
    home = await createRegionTree(t.dataSource);
    other = await createRegionTree(t.dataSource);
    homeCanteen = await createCanteen(t.dataSource, home.community, { name: '本区食堂' });
    otherCanteen = await createCanteen(t.dataSource, other.community, { name: '外区食堂' });
    official = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', home.county));
    auditor = await bearerFor(t.http, await createUser(t.dataSource, 'AUDITOR', '9901'));
    manager = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_MANAGER', home.community, { canteenId: homeCanteen.id }),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  it('lists only the canteens inside the official’s district', async () => {
    const response = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', official);
    expect(response.status).toBe(200);
    const ids = (response.body.items as { id: string; regionCode: string }[]).map((item) => item.id);
    expect(ids).toContain(homeCanteen.id);
    expect(ids).not.toContain(otherCanteen.id);
    expect((response.body.items as { regionCode: string }[]).every((item) => item.regionCode.startsWith(home.county))).toBe(
      true,
    );
  });

  it('refuses to read or change a canteen of another district with 403 OUT_OF_SCOPE', async () => {
    const read = await t.http.get(`/api/v1/canteens/${otherCanteen.id}`).set('Authorization', official);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('OUT_OF_SCOPE');

    const change = await t.http
      .patch(`/api/v1/canteens/${otherCanteen.id}`)
      .set('Authorization', official)
      .send({ name: '改名' });
    expect(change.status).toBe(403);
    expect(change.body.code).toBe('OUT_OF_SCOPE');

    const dishes = await t.http.get(`/api/v1/canteens/${otherCanteen.id}/dishes`).set('Authorization', official);
    expect(dishes.status).toBe(403);

    const create = await t.http.post('/api/v1/canteens').set('Authorization', official).send(validCanteen(other.community));
    expect(create.status).toBe(403);
    expect(create.body.code).toBe('OUT_OF_SCOPE');
  });

  it('filters by a region outside the scope with 403, never by widening the scope', async () => {
    const response = await t.http.get(`/api/v1/canteens?regionCode=${other.county}`).set('Authorization', official);
    expect(response.status).toBe(403);
  });

  it('lets the official create and change a canteen in scope', async () => {
    const created = await t.http.post('/api/v1/canteens').set('Authorization', official).send(validCanteen(home.community));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ regionCode: home.community, regionName: '测试社区', status: 'PLANNED' });

    const changed = await t.http
      .patch(`/api/v1/canteens/${created.body.id}`)
      .set('Authorization', official)
      .send({ status: 'OPEN', openedOn: '2026-11-20' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ status: 'OPEN', openedOn: '2026-11-20' });

    const duplicate = await t.http
      .post('/api/v1/canteens')
      .set('Authorization', official)
      .send({ ...validCanteen(home.community), code: created.body.code });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('CANTEEN_CODE_TAKEN');
  });

  it('answers bad canteen input with 422 naming every bad field and writes nothing', async () => {
    const before = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', official);
    const response = await t.http
      .post('/api/v1/canteens')
      .set('Authorization', official)
      .send({ ...validCanteen(home.community), seats: -1, kind: 'RESTAURANT', slots: [{ slot: 'LUNCH', start: '25:00', end: '13:00' }] });
    expect(response.status).toBe(422);
    const fields = (response.body.details as { field: string }[]).map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['seats', 'kind', 'slots.0.start']));
    const backwards = await t.http
      .post('/api/v1/canteens')
      .set('Authorization', official)
      .send({ ...validCanteen(home.community), slots: [{ slot: 'LUNCH', start: '13:00', end: '11:00' }] });
    expect(backwards.status).toBe(422);
    expect(backwards.body.details).toEqual([{ field: 'slots.0.end', constraint: 'afterStart' }]);
    const after = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', official);
    expect(after.body.total).toBe(before.body.total);
  });

  it('lets the auditor read across the city but never write', async () => {
    const list = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', auditor);
    expect(list.status).toBe(200);
    const ids = (list.body.items as { id: string }[]).map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([homeCanteen.id, otherCanteen.id]));

    const write = await t.http.patch(`/api/v1/canteens/${homeCanteen.id}`).set('Authorization', auditor).send({ seats: 1 });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('AUTH_READ_ONLY_ROLE');
    const dish = await t.http
      .post(`/api/v1/canteens/${homeCanteen.id}/dishes`)
      .set('Authorization', auditor)
      .send({ name: '审计员的菜', priceFen: 100 });
    expect(dish.status).toBe(403);
  });

  it('shows a canteen manager only their own canteen', async () => {
    const sibling = await createCanteen(t.dataSource, home.community, { name: '同社区另一食堂' });
    const list = await t.http.get('/api/v1/canteens').set('Authorization', manager);
    expect((list.body.items as { id: string }[]).map((item) => item.id)).toEqual([homeCanteen.id]);
    const read = await t.http.get(`/api/v1/canteens/${sibling.id}`).set('Authorization', manager);
    expect(read.status).toBe(403);
    const create = await t.http.post('/api/v1/canteens').set('Authorization', manager).send(validCanteen(home.community));
    expect(create.status).toBe(403);
    expect(create.body.code).toBe('FORBIDDEN');
  });

  it('lists regions inside the scope only', async () => {
    const response = await t.http.get('/api/v1/regions').set('Authorization', official);
    expect(response.status).toBe(200);
    const codes = (response.body as { code: string }[]).map((region) => region.code);
    expect(codes).toEqual([home.county, home.street, home.community]);
  });

  it('answers a malformed id with 422 naming the parameter', async () => {
    const response = await t.http.get('/api/v1/canteens/not-a-uuid').set('Authorization', official);
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([{ field: 'id', constraint: 'isUuid' }]);
  });
});
