import type { MealSlot, SubsidyPolicy } from '@canteen/shared';
import {
  categoriesOn,
  ElderUsageTracker,
  gradeOn,
  type SimulationElder,
  type SimulationOrder,
  simulatePolicy,
} from './policy-simulator.js';

const policy: SubsidyPolicy = {
  tiers: [
    { code: 'TEKUN', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
    { code: 'SEVERE', when: { gradesAny: ['SEVERE'] }, benefit: { type: 'FIXED', fen: 600 } },
    { code: 'BASE', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
  ],
  limits: { mealsPerDay: 2, mealsPerSlot: 1, monthlyCapFen: 1000 },
  slots: ['LUNCH', 'DINNER'],
  channels: ['DINE_IN', 'DELIVERY'],
  minSelfPayFen: 100,
  deliverySubsidyFen: 0,
  funding: [
    { source: 'CITY', bp: 6000 },
    { source: 'DISTRICT', bp: 4000 },
  ],
};

const plainElder: SimulationElder = { birthDate: '1950-01-01', categories: [], assessments: [] };

let sequence = 0;
function order(serviceDate: string, slot: MealSlot, overrides: Partial<SimulationOrder> = {}): SimulationOrder {
  sequence += 1;
  return {
    id: `o${sequence}`,
    elderId: 'e1',
    canteenId: 'c1',
    serviceDate,
    slot,
    channel: 'DINE_IN',
    deliveryFeeFen: 0,
    items: [{ priceFen: 1500, qty: 1 }],
    actual: { subsidyFen: 0, tierCode: null, funding: [], reasons: [] },
    ...overrides,
  };
}

function run(orders: SimulationOrder[], elders: Record<string, SimulationElder> = { e1: plainElder }, from = '2026-10-01') {
  return simulatePolicy({
    policy,
    orders,
    elders: new Map(Object.entries(elders)),
    canteenNames: new Map([
      ['c1', '金碧食堂'],
      ['c2', '碧鸡食堂'],
    ]),
    from,
  });
}

const totalOf = (result: ReturnType<typeof run>) => result.simulated.totalSubsidyFen;

describe('simulatePolicy', () => {
  it('should keep one subsidised meal per slot and two per day, and not count unsubsidised meals', () => {
    const result = run([
      order('2026-10-05', 'BREAKFAST'), // slot not covered: 0, takes no meal
      order('2026-10-05', 'LUNCH'), // 300
      order('2026-10-05', 'LUNCH'), // slot limit: 0
      order('2026-10-05', 'DINNER'), // 300 (second meal of the day)
      order('2026-10-06', 'LUNCH'), // a new day: 300
    ]);
    expect(result.orders).toBe(5);
    expect(totalOf(result)).toBe(900);
    expect(result.simulated.byTier).toEqual([{ tierCode: 'BASE', orders: 5, subsidyFen: 900 }]);
  });

  it('should stop at the daily limit even across slots', () => {
    const tight = { ...policy, limits: { ...policy.limits, mealsPerDay: 1 } };
    const result = simulatePolicy({
      policy: tight,
      orders: [order('2026-10-05', 'LUNCH'), order('2026-10-05', 'DINNER')],
      elders: new Map([['e1', plainElder]]),
      canteenNames: new Map(),
      from: '2026-10-01',
    });
    expect(result.simulated.totalSubsidyFen).toBe(300);
  });

  it('should trim at the monthly cap, then start again next month', () => {
    const result = run([
      order('2026-10-01', 'LUNCH'),
      order('2026-10-02', 'LUNCH'),
      order('2026-10-03', 'LUNCH'),
      order('2026-10-04', 'LUNCH'), // 100 left of the 1000 cap
      order('2026-10-05', 'LUNCH'), // cap reached
      order('2026-11-01', 'LUNCH'), // a new month
    ]);
    expect(totalOf(result)).toBe(300 * 3 + 100 + 0 + 300);
  });

  it("should let the month's earlier orders use up the cap without reporting them", () => {
    const result = run(
      [order('2026-10-02', 'LUNCH'), order('2026-10-03', 'LUNCH'), order('2026-10-04', 'LUNCH'), order('2026-10-10', 'LUNCH')],
      { e1: plainElder },
      '2026-10-10',
    );
    expect(result.orders).toBe(1);
    expect(totalOf(result)).toBe(100);
  });

  it('should apply categories and grades in force on each service date', () => {
    const elder: SimulationElder = {
      birthDate: '1950-01-01',
      categories: [{ category: 'TEKUN', validFrom: '2026-10-15', validTo: '2026-11-20' }],
      assessments: [{ grade: 'SEVERE', assessedOn: '2026-10-10', validUntil: '2027-10-09' }],
    };
    expect(categoriesOn(elder, '2026-10-14')).toEqual([]);
    expect(categoriesOn(elder, '2026-11-20')).toEqual(['TEKUN']);
    expect(categoriesOn(elder, '2026-11-21')).toEqual([]);
    expect(gradeOn(elder, '2026-10-09')).toBeNull();
    expect(gradeOn(elder, '2026-10-10')).toBe('SEVERE');
    const result = run(
      [
        order('2026-10-09', 'LUNCH'), // BASE 300
        order('2026-10-12', 'LUNCH'), // SEVERE pays more than BASE: 600
        order('2026-11-15', 'LUNCH', { items: [{ priceFen: 800, qty: 2 }] }), // TEKUN: FREE 1600, trimmed to the 1000 cap
      ],
      { e1: elder },
    );
    expect(result.simulated.byTier).toEqual([
      { tierCode: 'BASE', orders: 1, subsidyFen: 300 },
      { tierCode: 'SEVERE', orders: 1, subsidyFen: 600 },
      { tierCode: 'TEKUN', orders: 1, subsidyFen: 1000 },
    ]);
  });

  it('should keep an order refused as NOT_ELIGIBLE unsubsidised, and treat a missing elder as a visitor', () => {
    const result = run(
      [
        order('2026-10-05', 'LUNCH', { actual: { subsidyFen: 0, tierCode: null, funding: [], reasons: ['NOT_ELIGIBLE'] } }),
        order('2026-10-05', 'LUNCH', { elderId: 'gone' }),
      ],
      { e1: plainElder },
    );
    expect(totalOf(result)).toBe(0);
    expect(result.simulated.byTier).toEqual([{ tierCode: null, orders: 2, subsidyFen: 0 }]);
  });

  it('should set the actual grant beside the simulated one, by tier, source and canteen', () => {
    const result = run(
      [
        order('2026-10-05', 'LUNCH', {
          canteenId: 'c1',
          actual: { subsidyFen: 500, tierCode: 'OLD', funding: [{ source: 'PROVINCE', fen: 500 }], reasons: [] },
        }),
        order('2026-10-05', 'LUNCH', {
          elderId: 'e2',
          canteenId: 'c2',
          actual: { subsidyFen: 0, tierCode: null, funding: [], reasons: [] },
        }),
      ],
      { e1: plainElder, e2: plainElder },
    );
    expect(result).toMatchObject({ orders: 2, elders: 2, ordersChanged: 2 });
    expect(result.actual).toEqual({
      totalSubsidyFen: 500,
      byTier: [
        { tierCode: 'OLD', orders: 1, subsidyFen: 500 },
        { tierCode: null, orders: 1, subsidyFen: 0 },
      ],
      bySource: [
        { source: 'PROVINCE', subsidyFen: 500 },
        { source: 'CITY', subsidyFen: 0 },
        { source: 'DISTRICT', subsidyFen: 0 },
        { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
      ],
      byCanteen: [
        { canteenId: 'c2', canteenName: '碧鸡食堂', orders: 1, subsidyFen: 0 },
        { canteenId: 'c1', canteenName: '金碧食堂', orders: 1, subsidyFen: 500 },
      ],
    });
    expect(result.simulated.totalSubsidyFen).toBe(600);
    expect(result.simulated.bySource).toEqual([
      { source: 'PROVINCE', subsidyFen: 0 },
      { source: 'CITY', subsidyFen: 360 },
      { source: 'DISTRICT', subsidyFen: 240 },
      { source: 'WELFARE_LOTTERY', subsidyFen: 0 },
    ]);
  });
});

describe(ElderUsageTracker.name, () => {
  it('should count only subsidised meals, per elder, day, slot and month', () => {
    const usage = new ElderUsageTracker();
    usage.record('e1', '2026-10-05', 'LUNCH', 300);
    usage.record('e1', '2026-10-05', 'DINNER', 0);
    usage.record('e2', '2026-10-05', 'LUNCH', 200);
    expect(usage.usageOf('e1', '2026-10-05', 'LUNCH')).toEqual({ mealsToday: 1, mealsThisSlot: 1, subsidyThisMonthFen: 300 });
    expect(usage.usageOf('e1', '2026-10-05', 'DINNER')).toEqual({ mealsToday: 1, mealsThisSlot: 0, subsidyThisMonthFen: 300 });
    expect(usage.usageOf('e1', '2026-10-06', 'LUNCH')).toEqual({ mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 300 });
    expect(usage.usageOf('e1', '2026-11-01', 'LUNCH')).toEqual({ mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 });
  });
});
