import { addDays, addMonths, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { createCanteen } from './helpers/factories.js';
import { examplePolicyDocument, insertElder, insertOrder } from './helpers/policy-factories.js';
import { policyTestKit } from './helpers/policy-test-kit.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';


describe('policy simulator (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const { newDistrict, act, draft } = policyTestKit(() => t, today);

  describe('simulator', () => {
    // The last full calendar month: the simulator's default period.
    const month = addMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    const day = (dayOfMonth: number) => `${month}-${String(dayOfMonth).padStart(2, '0')}`;
    const lastDay = addDays(addMonths(`${month}-01`, 1), -1);

    /** A draft to simulate, with amounts chosen so every figure below can be worked out by hand. */
    const simulatedDocument = examplePolicyDocument({
      tiers: [
        { code: 'DIBAO', when: { categoriesAny: ['DIBAO'] }, benefit: { type: 'PERCENT', percent: 50, maxFen: 800 } },
        { code: 'AGE_80', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
        { code: 'SEVERE', when: { gradesAny: ['SEVERE'] }, benefit: { type: 'FIXED', fen: 700 } },
        { code: 'TEKUN', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
        { code: 'BASE', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 200 } },
      ],
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 1200 },
      slots: ['LUNCH', 'DINNER'],
      channels: ['DINE_IN', 'DELIVERY'],
      minSelfPayFen: 100,
      deliverySubsidyFen: 300,
      funding: [
        { source: 'PROVINCE', bp: 3000 },
        { source: 'CITY', bp: 3000 },
        { source: 'DISTRICT', bp: 4000 },
      ],
    });

    it('reruns a draft over the real orders of last month and compares with what was granted', async () => {
      const district = await newDistrict();
      const away = await newDistrict();
      const { county, community } = district.tree;
      const canteenA = await createCanteen(t.dataSource, community, { name: 'A食堂' });
      const canteenB = await createCanteen(t.dataSource, community, { name: 'B食堂' });
      const registered = `${county}001001`;
      const oldest = await insertElder(t.dataSource, {
        birthDate: '1940-06-15',
        registeredRegionCode: registered,
        residentRegionCode: community,
      });
      const poor = await insertElder(t.dataSource, {
        birthDate: '1960-01-10',
        registeredRegionCode: registered,
        residentRegionCode: community,
        categories: [{ category: 'DIBAO', validFrom: day(10) }],
      });
      const frail = await insertElder(t.dataSource, {
        birthDate: '1955-03-01',
        registeredRegionCode: registered,
        residentRegionCode: community,
        assessments: [{ grade: 'SEVERE', assessedOn: day(1), validUntil: addDays(day(1), 364) }],
        categories: [{ category: 'TEKUN', validFrom: day(1), status: 'PENDING' }],
      });
      const elsewhere = await insertElder(t.dataSource, {
        birthDate: '1940-01-01',
        registeredRegionCode: away.tree.community,
        residentRegionCode: community,
      });

      let minute = 0;
      const granted = { subsidyFen: 300, tierCode: 'OLD', funding: [{ source: 'CITY', fen: 300 }] };
      const none = { subsidyFen: 0, tierCode: null, funding: [] };
      const order = (facts: Omit<Parameters<typeof insertOrder>[1], 'placedAt' | 'canteen'> & { canteen?: typeof canteenA }) =>
        insertOrder(t.dataSource, {
          canteen: canteenA,
          placedAt: new Date(Date.parse(`${facts.serviceDate}T00:00:00Z`) + (minute += 1) * 60_000),
          ...facts,
        });
      // The oldest (86): AGE_80 500; the day's second meal: 0; delivery 500 + 300 trimmed to the 700 left of
      // the 1200 cap; then the cap is reached: 0. Simulated 1200.
      await order({ elder: oldest, serviceDate: day(3), slot: 'LUNCH', items: [{ priceFen: 1200, qty: 1 }], actual: granted });
      await order({ elder: oldest, serviceDate: day(3), slot: 'DINNER', items: [{ priceFen: 1000, qty: 1 }], actual: none });
      await order({
        elder: oldest,
        serviceDate: day(4),
        slot: 'LUNCH',
        channel: 'DELIVERY',
        deliveryFeeFen: 400,
        items: [{ priceFen: 1500, qty: 1 }],
        actual: granted,
      });
      await order({ elder: oldest, serviceDate: day(5), slot: 'LUNCH', items: [{ priceFen: 1200, qty: 1 }], actual: none });
      // 低保 from the 10th (66 years old): BASE 200 before; then 50 % of 1600 = 800; breakfast is not covered.
      // Simulated 1000.
      await order({ elder: poor, serviceDate: day(8), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });
      await order({ elder: poor, serviceDate: day(12), slot: 'LUNCH', items: [{ priceFen: 800, qty: 2 }], actual: granted });
      await order({ elder: poor, serviceDate: day(12), slot: 'BREAKFAST', items: [{ priceFen: 500, qty: 1 }], actual: none });
      // Severe disability (a pending 特困 does not count): 700; the cancelled order is left out.
      await order({
        elder: frail,
        canteen: canteenB,
        serviceDate: day(6),
        slot: 'LUNCH',
        items: [{ priceFen: 1000, qty: 1 }],
        actual: granted,
      });
      await order({
        elder: frail,
        canteen: canteenB,
        serviceDate: day(7),
        slot: 'LUNCH',
        items: [{ priceFen: 1000, qty: 1 }],
        status: 'CANCELLED',
        actual: granted,
      });
      // Not this district's money, not an elder, not this month.
      await order({ elder: elsewhere, serviceDate: day(9), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });
      await order({ elder: null, serviceDate: day(9), slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }] });
      const nextMonth = addDays(lastDay, 1);
      await order({ elder: poor, serviceDate: nextMonth, slot: 'LUNCH', items: [{ priceFen: 1000, qty: 1 }], actual: granted });

      const policy = await draft(district, { document: simulatedDocument });
      const response = await act(district.approver, policy.id, 'simulate');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        policyId: policy.id,
        regionCode: county,
        version: 1,
        from: day(1),
        to: lastDay,
        orders: 8,
        elders: 3,
        ordersChanged: 5,
        actual: {
          totalSubsidyFen: 1500,
          byTier: [
            { tierCode: 'OLD', orders: 5, subsidyFen: 1500 },
            { tierCode: null, orders: 3, subsidyFen: 0 },
          ],
          bySource: [
            { source: 'PROVINCE', subsidyFen: 0 },
            { source: 'CITY', subsidyFen: 1500 },
            { source: 'DISTRICT', subsidyFen: 0 },
            { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
          ],
          byCanteen: [
            { canteenId: canteenA.id, canteenName: 'A食堂', orders: 7, subsidyFen: 1200 },
            { canteenId: canteenB.id, canteenName: 'B食堂', orders: 1, subsidyFen: 300 },
          ],
        },
        simulated: {
          totalSubsidyFen: 2900,
          byTier: [
            { tierCode: 'AGE_80', orders: 4, subsidyFen: 1200 },
            { tierCode: 'BASE', orders: 1, subsidyFen: 200 },
            { tierCode: 'DIBAO', orders: 2, subsidyFen: 800 },
            { tierCode: 'SEVERE', orders: 1, subsidyFen: 700 },
          ],
          // 500, 700, 200, 800 and 700 split 30/30/40.
          bySource: [
            { source: 'PROVINCE', subsidyFen: 870 },
            { source: 'CITY', subsidyFen: 870 },
            { source: 'DISTRICT', subsidyFen: 1160 },
            { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
          ],
          byCanteen: [
            { canteenId: canteenA.id, canteenName: 'A食堂', orders: 7, subsidyFen: 2200 },
            { canteenId: canteenB.id, canteenName: 'B食堂', orders: 1, subsidyFen: 700 },
          ],
        },
      });

      // From the 5th: the orders of the 3rd and 4th still fill the oldest elder's cap, but are not reported.
      const fromFifth = await act(district.approver, policy.id, 'simulate', { from: day(5), to: lastDay });
      expect(fromFifth.status).toBe(200);
      expect(fromFifth.body).toMatchObject({ from: day(5), orders: 5, elders: 3 });
      expect(fromFifth.body.simulated.totalSubsidyFen).toBe(1700);
      expect(fromFifth.body.simulated.byTier).toContainEqual({ tierCode: 'AGE_80', orders: 1, subsidyFen: 0 });

      const tooLong = await act(district.approver, policy.id, 'simulate', { from: addDays(day(1), -120), to: lastDay });
      expect(tooLong.status).toBe(422);
      expect(tooLong.body.details).toEqual([{ field: 'to', constraint: 'maxRange' }]);
    });

    it('answers an empty comparison for a district without orders', async () => {
      const district = await newDistrict();
      const policy = await draft(district, { document: simulatedDocument });
      const response = await act(district.author, policy.id, 'simulate', { from: day(1), to: day(2) });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ orders: 0, elders: 0, actual: { totalSubsidyFen: 0, byTier: [], byCanteen: [] } });
      expect(response.body.simulated.bySource).toHaveLength(4);
    });
  });
});
