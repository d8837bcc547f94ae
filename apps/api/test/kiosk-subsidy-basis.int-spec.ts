import { randomUUID } from 'node:crypto';
import { addDays, type AssessmentGrade, DEFAULT_TIME_ZONE, type MealSlot, quoteSubsidy, type SubsidyPolicy, todayIn } from '@canteen/shared';
import { ElderEntity } from '../src/modules/elders/elder.entity.js';
import { bearerFor, createUser } from './helpers/factories.js';
import { orderTestKit } from './helpers/order-test-kit.js';
import { examplePolicyDocument } from './helpers/policy-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/**
 * GET /kiosk/elders/:elderId/subsidy-basis gives the kiosk what `quoteSubsidy` needs besides the cart. The
 * point of it: the preview the kiosk computes from it is what POST /orders/quote answers for the same cart.
 */
describe('kiosk subsidy basis (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const tomorrow = addDays(today, 1);
  const yesterday = addDays(today, -1);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const kit = orderTestKit(() => t, today);

  /** The example policy plus a free meal for TEKUN and 50 % (at most 800 fen) for a severe assessment. */
  const policyWithCategories = (): SubsidyPolicy =>
    examplePolicyDocument({
      tiers: [
        { code: 'TEKUN', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
        { code: 'SEVERE', when: { gradesAny: ['SEVERE', 'TOTAL'] }, benefit: { type: 'PERCENT', percent: 50, maxFen: 800 } },
        ...examplePolicyDocument().tiers,
      ],
    });

  /** The basis carries no tier labels (the engine does not need them). */
  const unlabelled = (policy: SubsidyPolicy): SubsidyPolicy => ({
    ...policy,
    tiers: policy.tiers.map(({ code, when, benefit }) => ({ code, when, benefit })),
  });

  const basisOf = (device: string, elderId: string, query: Record<string, string> = {}) =>
    t.http.get(`/api/v1/kiosk/elders/${elderId}/subsidy-basis`).query(query).set('X-Device-Token', device);

  interface Basis {
    serviceDate: string;
    slot: MealSlot;
    policy: SubsidyPolicy | null;
    elder: { birthDate: string; categories: string[]; assessmentGrade: AssessmentGrade | null; eligible: boolean };
    usage: { mealsToday: number; mealsThisSlot: number; subsidyThisMonthFen: number };
  }

  /** What the kiosk shows before the server answers: the shared engine over the basis and the menu prices. */
  function preview(basis: Basis, items: { priceFen: number; qty: number }[]) {
    const { totalFen, subsidyFen, payableFen, reasons } = quoteSubsidy({
      policy: basis.policy,
      elder: basis.elder,
      serviceDate: basis.serviceDate,
      slot: basis.slot,
      channel: 'DINE_IN',
      items,
      deliveryFeeFen: 0,
      usage: basis.usage,
    });
    return { totalFen, subsidyFen, payableFen, reasons };
  }

  async function expectPreviewEqualsQuote(
    device: string,
    elderId: string,
    cart: { menuItemId: string; priceFen: number; qty: number }[],
    meal: { serviceDate: string; slot: MealSlot } = { serviceDate: today, slot: 'LUNCH' },
  ) {
    const basis = await basisOf(device, elderId, meal);
    expect(basis.status).toBe(200);
    const quoted = await kit.quote(device, {
      elder: { elderId },
      ...meal,
      items: cart.map(({ menuItemId, qty }) => ({ menuItemId, qty })),
    });
    expect(quoted.status).toBe(200);
    const previewed = preview(basis.body as Basis, cart);
    expect(previewed).toEqual({
      totalFen: quoted.body.totalFen,
      subsidyFen: quoted.body.subsidyFen,
      payableFen: quoted.body.payableFen,
      reasons: quoted.body.reasons,
    });
    return previewed;
  }

  it('gives the policy in force, the elder’s facts on the date and usage, and nothing else', async () => {
    const district = await kit.newOrderingDistrict(policyWithCategories());
    const { device } = district.canteens[0]!;
    const elder = await kit.newElder(district, {
      birthDate: '1950-06-01',
      categories: [
        { category: 'TEKUN', validFrom: '2020-01-01' },
        { category: 'DIBAO', validFrom: '2020-01-01', status: 'PENDING' },
        { category: 'LIVES_ALONE', validFrom: '2020-01-01', validTo: yesterday },
      ],
      assessments: [{ grade: 'SEVERE', assessedOn: '2025-01-01', validUntil: addDays(today, 365) }],
    });

    const response = await basisOf(device, elder.id, { serviceDate: today, slot: 'LUNCH' });

    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      serviceDate: today,
      slot: 'LUNCH',
      policy: unlabelled(policyWithCategories()),
      // Only what is approved and in force on the service date.
      elder: { birthDate: '1950-06-01', categories: ['TEKUN'], assessmentGrade: 'SEVERE', eligible: true },
      usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 },
    });
    const body = JSON.stringify(response.body);
    expect(body).not.toContain('模拟老人');
    expect(body).not.toContain(elder.idNumberMasked);
    expect(body).not.toContain('80 周岁以上');
  });

  it('previews with quoteSubsidy exactly what /orders/quote answers, before and after the first meal', async () => {
    const district = await kit.newOrderingDistrict(policyWithCategories());
    const { canteen, device } = district.canteens[0]!;
    const [rice, fish, soup] = await kit.publishMenu(canteen, today, 'LUNCH', [
      { priceFen: 1000, portions: 30 },
      { priceFen: 2200, portions: 30 },
      { priceFen: 300, portions: 30 },
    ]);
    const cart = [
      { menuItemId: rice!, priceFen: 1000, qty: 1 },
      { menuItemId: soup!, priceFen: 300, qty: 2 },
    ];
    const big = [{ menuItemId: fish!, priceFen: 2200, qty: 1 }];
    const octogenarian = await kit.newElder(district, { birthDate: '1940-03-01' });
    const tekun = await kit.newElder(district, { birthDate: '1958-01-01', categories: [{ category: 'TEKUN', validFrom: '2020-01-01' }] });
    const severe = await kit.newElder(district, {
      birthDate: '1959-01-01',
      assessments: [{ grade: 'SEVERE', assessedOn: '2025-01-01', validUntil: addDays(today, 365) }],
    });
    const lapsed = await kit.newElder(district, { birthDate: '1940-03-01' });
    await t.dataSource.manager.update(ElderEntity, { id: lapsed.id }, { verifiedOn: '2024-01-01', reviewDueOn: '2025-01-01' });

    await expect(expectPreviewEqualsQuote(device, octogenarian.id, cart)).resolves.toMatchObject({ subsidyFen: 500, payableFen: 1100 });
    await expect(expectPreviewEqualsQuote(device, tekun.id, cart)).resolves.toMatchObject({ subsidyFen: 1600, payableFen: 0 });
    await expect(expectPreviewEqualsQuote(device, severe.id, big)).resolves.toMatchObject({ subsidyFen: 800, reasons: ['TIER_CHOSEN', 'BENEFIT_CAPPED'] });
    await expect(expectPreviewEqualsQuote(device, lapsed.id, cart)).resolves.toMatchObject({ subsidyFen: 0, reasons: ['NOT_ELIGIBLE'] });
    // Breakfast is not in the policy's slots.
    const [porridge] = await kit.publishMenu(canteen, tomorrow, 'BREAKFAST', [{ priceFen: 400, portions: 10 }]);
    await expect(
      expectPreviewEqualsQuote(device, octogenarian.id, [{ menuItemId: porridge!, priceFen: 400, qty: 1 }], { serviceDate: tomorrow, slot: 'BREAKFAST' }),
    ).resolves.toMatchObject({ subsidyFen: 0, reasons: ['TIER_CHOSEN', 'SLOT_NOT_COVERED'] });

    const placed = await kit.order(device, {
      elder: { elderId: octogenarian.id },
      serviceDate: today,
      slot: 'LUNCH',
      items: cart.map(({ menuItemId, qty }) => ({ menuItemId, qty })),
    });
    expect(placed.status).toBe(201);

    const after = await basisOf(device, octogenarian.id, { serviceDate: today, slot: 'LUNCH' });
    expect(after.body.usage).toEqual({ mealsToday: 1, mealsThisSlot: 1, subsidyThisMonthFen: 500 });
    await expect(expectPreviewEqualsQuote(device, octogenarian.id, cart)).resolves.toMatchObject({
      subsidyFen: 0,
      reasons: ['TIER_CHOSEN', 'DAILY_LIMIT_REACHED'],
    });

    // Cancelling gives the meal back, and the preview follows.
    const cancelled = await t.http.post(`/api/v1/orders/${placed.body.id}/cancel`).set('X-Device-Token', device).send({ reason: '老人改主意了' });
    expect(cancelled.status).toBe(200);
    await expect(expectPreviewEqualsQuote(device, octogenarian.id, cart)).resolves.toMatchObject({ subsidyFen: 500 });
  });

  it('defaults to the meal the kiosk menu shows, and previews full price where no policy is in force', async () => {
    const district = await kit.newOrderingDistrict(examplePolicyDocument({ slots: ['BREAKFAST', 'LUNCH', 'DINNER'] }));
    const { canteen, device } = district.canteens[0]!;
    const elder = await kit.newElder(district, { birthDate: '1940-03-01' });
    const menu = await t.http.get('/api/v1/kiosk/menu').set('X-Device-Token', device);
    expect(menu.status).toBe(200);

    const basis = await basisOf(device, elder.id);
    expect(basis.status).toBe(200);
    expect(basis.body).toMatchObject({ serviceDate: menu.body.serviceDate, slot: menu.body.slot });
    const [dish] = await kit.publishMenu(canteen, menu.body.serviceDate as string, menu.body.slot as MealSlot, [{ priceFen: 1200, portions: 5 }]);
    const quoted = await kit.quote(device, { elder: { elderId: elder.id }, items: [{ menuItemId: dish, qty: 1 }] });
    expect(preview(basis.body as Basis, [{ priceFen: 1200, qty: 1 }])).toEqual({
      totalFen: quoted.body.totalFen,
      subsidyFen: quoted.body.subsidyFen,
      payableFen: quoted.body.payableFen,
      reasons: quoted.body.reasons,
    });
    expect(quoted.body.subsidyFen).toBe(500);

    // A district without a policy: null, and the engine says NO_POLICY as the server does.
    const bare = await kit.newDistrict();
    const bareCanteen = await kit.newCanteen(bare);
    const [bun] = await kit.publishMenu(bareCanteen.canteen, today, 'LUNCH', [{ priceFen: 600, portions: 5 }]);
    const unsubsidised = await kit.newElder(bare, { birthDate: '1940-03-01' });
    const noPolicy = await basisOf(bareCanteen.device, unsubsidised.id, { serviceDate: today, slot: 'LUNCH' });
    expect(noPolicy.body.policy).toBeNull();
    await expect(
      expectPreviewEqualsQuote(bareCanteen.device, unsubsidised.id, [{ menuItemId: bun!, priceFen: 600, qty: 1 }]),
    ).resolves.toMatchObject({ subsidyFen: 0, reasons: ['NO_POLICY'] });
  });

  it('serves an elder who lives in the kiosk’s district under the policy of the district they are registered in', async () => {
    const home = await kit.newOrderingDistrict(examplePolicyDocument());
    const elsewhere = await kit.newOrderingDistrict(examplePolicyDocument({ tiers: [{ code: 'ALL', when: {}, benefit: { type: 'FIXED', fen: 50 } }] }));
    const { canteen, device } = elsewhere.canteens[0]!;
    const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
    const elder = await kit.newElder(home, { birthDate: '1940-03-01', residentRegionCode: elsewhere.tree.community });

    const basis = await basisOf(device, elder.id, { serviceDate: today, slot: 'LUNCH' });
    expect(basis.status).toBe(200);
    expect(basis.body.policy).toEqual(unlabelled(examplePolicyDocument()));
    await expect(expectPreviewEqualsQuote(device, elder.id, [{ menuItemId: rice!, priceFen: 1000, qty: 1 }])).resolves.toMatchObject({
      subsidyFen: 500,
    });
  });

  it('refuses another district’s kiosk, an unknown or suspended elder, staff, and bad input', async () => {
    const district = await kit.newOrderingDistrict();
    const { device } = district.canteens[0]!;
    const other = await kit.newOrderingDistrict();
    const elder = await kit.newElder(district, { birthDate: '1940-03-01' });
    const meal = { serviceDate: today, slot: 'LUNCH' };

    const foreign = await basisOf(other.canteens[0]!.device, elder.id, meal);
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('OUT_OF_SCOPE');
    expect(JSON.stringify(foreign.body)).not.toContain('birthDate');

    const unknown = await basisOf(device, randomUUID(), meal);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ELDER_NOT_FOUND');

    await t.dataSource.manager.update(ElderEntity, { id: elder.id }, { status: 'SUSPENDED' });
    const suspended = await basisOf(device, elder.id, meal);
    expect(suspended.status).toBe(403);
    expect(suspended.body.code).toBe('ELDER_SUSPENDED');
    await t.dataSource.manager.update(ElderEntity, { id: elder.id }, { status: 'ACTIVE' });

    const staff = await bearerFor(t.http, await createUser(t.dataSource, 'DISTRICT_OFFICIAL', district.tree.county));
    const byStaff = await t.http.get(`/api/v1/kiosk/elders/${elder.id}/subsidy-basis`).set('Authorization', staff);
    expect(byStaff.status).toBe(401);
    const revoked = await t.http.get(`/api/v1/kiosk/elders/${elder.id}/subsidy-basis`).set('X-Device-Token', 'not-a-token');
    expect(revoked.status).toBe(401);
    expect(revoked.body.code).toBe('DEVICE_TOKEN_INVALID');

    const notAnId = await basisOf(device, 'elder-1', meal);
    expect(notAnId.status).toBe(422);
    expect(notAnId.body.details).toEqual([{ field: 'elderId', constraint: 'isUuid' }]);
    const past = await basisOf(device, elder.id, { serviceDate: yesterday, slot: 'LUNCH' });
    expect(past.status).toBe(422);
    expect(past.body.details).toEqual([{ field: 'serviceDate', constraint: 'notPast' }]);
    const badSlot = await basisOf(device, elder.id, { serviceDate: today, slot: 'SUPPER' });
    expect(badSlot.status).toBe(422);
    expect(badSlot.body.details).toEqual([expect.objectContaining({ field: 'slot' })]);
  });
});
