import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type QuoteInput, quoteSubsidy } from './subsidy-engine.js';
import { parseSubsidyPolicy, type SubsidyPolicy } from './subsidy-policy.js';

/** The example policy of issue 4. */
const policy: SubsidyPolicy = {
  tiers: [
    { code: 'TEKUN', label: '特困供养', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
    { code: 'DIBAO', when: { categoriesAny: ['DIBAO'] }, benefit: { type: 'FIXED', fen: 800 } },
    { code: 'AGE80', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
    { code: 'AGE60', when: { minAge: 60, maxAge: 79 }, benefit: { type: 'PERCENT', percent: 20, maxFen: 400 } },
  ],
  limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 20000 },
  slots: ['LUNCH', 'DINNER'],
  channels: ['DINE_IN', 'DELIVERY'],
  minSelfPayFen: 0,
  deliverySubsidyFen: 200,
  funding: [
    { source: 'CITY', bp: 5000 },
    { source: 'DISTRICT', bp: 5000 },
  ],
};

const base: QuoteInput = {
  policy,
  elder: { birthDate: '1950-06-01', categories: [] },
  serviceDate: '2026-11-23',
  slot: 'LUNCH',
  channel: 'DINE_IN',
  items: [{ priceFen: 1200, qty: 1 }],
  deliveryFeeFen: 0,
  usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 },
};

const quote = (overrides: Partial<QuoteInput>) => quoteSubsidy({ ...base, ...overrides });

describe('quoteSubsidy', () => {
  it.each<[string, Partial<QuoteInput>, { tierCode: string | null; subsidyFen: number; reasons: string[] }]>([
    ['a 76-year-old: 20 % capped at 4 yuan', {}, { tierCode: 'AGE60', subsidyFen: 240, reasons: ['TIER_CHOSEN'] }],
    [
      'a 76-year-old on a big order: the percent cap bites',
      { items: [{ priceFen: 3000, qty: 1 }] },
      { tierCode: 'AGE60', subsidyFen: 400, reasons: ['TIER_CHOSEN', 'BENEFIT_CAPPED'] },
    ],
    [
      'turning 80 on the service date counts',
      { elder: { birthDate: '1946-11-23', categories: [] } },
      { tierCode: 'AGE80', subsidyFen: 500, reasons: ['TIER_CHOSEN'] },
    ],
    [
      'the day before the 80th birthday is still AGE60',
      { elder: { birthDate: '1946-11-24', categories: [] } },
      { tierCode: 'AGE60', subsidyFen: 240, reasons: ['TIER_CHOSEN'] },
    ],
    [
      'DIBAO and 80+: the larger subsidy wins',
      { elder: { birthDate: '1940-01-01', categories: ['DIBAO'] } },
      { tierCode: 'DIBAO', subsidyFen: 800, reasons: ['TIER_CHOSEN'] },
    ],
    [
      'TEKUN eats free',
      { elder: { birthDate: '1950-01-01', categories: ['TEKUN'] } },
      { tierCode: 'TEKUN', subsidyFen: 1200, reasons: ['TIER_CHOSEN'] },
    ],
    [
      'FIXED never exceeds the total',
      { elder: { birthDate: '1940-01-01', categories: ['DIBAO'] }, items: [{ priceFen: 300, qty: 2 }] },
      { tierCode: 'DIBAO', subsidyFen: 600, reasons: ['TIER_CHOSEN'] },
    ],
    ['a visitor pays full price', { elder: null }, { tierCode: null, subsidyFen: 0, reasons: ['VISITOR'] }],
    ['no policy in force', { policy: null }, { tierCode: null, subsidyFen: 0, reasons: ['NO_POLICY'] }],
    [
      'under 60: no tier',
      { elder: { birthDate: '1970-01-01', categories: [] } },
      { tierCode: null, subsidyFen: 0, reasons: ['NO_MATCHING_TIER'] },
    ],
    [
      'lapsed eligibility',
      { elder: { birthDate: '1950-01-01', categories: [], eligible: false } },
      { tierCode: null, subsidyFen: 0, reasons: ['NOT_ELIGIBLE'] },
    ],
    ['breakfast is not covered', { slot: 'BREAKFAST' }, { tierCode: 'AGE60', subsidyFen: 0, reasons: ['TIER_CHOSEN', 'SLOT_NOT_COVERED'] }],
    [
      'the second meal of the day',
      { usage: { mealsToday: 1, mealsThisSlot: 0, subsidyThisMonthFen: 0 } },
      { tierCode: 'AGE60', subsidyFen: 0, reasons: ['TIER_CHOSEN', 'DAILY_LIMIT_REACHED'] },
    ],
    [
      'the monthly cap trims',
      { usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 19900 } },
      { tierCode: 'AGE60', subsidyFen: 100, reasons: ['TIER_CHOSEN', 'MONTHLY_CAP_TRIMMED'] },
    ],
    [
      'the monthly cap is reached',
      { usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 20000 } },
      { tierCode: 'AGE60', subsidyFen: 0, reasons: ['TIER_CHOSEN', 'MONTHLY_CAP_REACHED'] },
    ],
    [
      'delivery adds its subsidy when the meal is subsidised',
      { channel: 'DELIVERY', deliveryFeeFen: 300 },
      { tierCode: 'AGE60', subsidyFen: 440, reasons: ['TIER_CHOSEN', 'DELIVERY_SUBSIDY'] },
    ],
    [
      'delivery subsidy never exceeds the fee',
      { channel: 'DELIVERY', deliveryFeeFen: 100 },
      { tierCode: 'AGE60', subsidyFen: 340, reasons: ['TIER_CHOSEN', 'DELIVERY_SUBSIDY'] },
    ],
  ])('%s', (_label, overrides, expected) => {
    expect(quote(overrides)).toMatchObject(expected);
  });

  it('keeps a minimum self-payment except for FREE', () => {
    const strict = { ...policy, minSelfPayFen: 500 };
    expect(quote({ policy: strict, elder: { birthDate: '1940-01-01', categories: ['DIBAO'] }, items: [{ priceFen: 1000, qty: 1 }] })).toMatchObject({
      subsidyFen: 500,
      payableFen: 500,
      reasons: ['TIER_CHOSEN', 'MIN_SELF_PAY'],
    });
    expect(quote({ policy: strict, elder: { birthDate: '1950-01-01', categories: ['TEKUN'] } })).toMatchObject({
      subsidyFen: 1200,
      payableFen: 0,
    });
  });

  it('splits the subsidy by funding source, remainder to the first', () => {
    expect(quote({ items: [{ priceFen: 1205, qty: 1 }] }).funding).toEqual([
      { source: 'CITY', fen: 121 },
      { source: 'DISTRICT', fen: 120 },
    ]);
  });

  it('breaks ties in favour of the first listed tier', () => {
    const tied: SubsidyPolicy = {
      ...policy,
      tiers: [
        { code: 'FIRST', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
        { code: 'SECOND', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
      ],
    };
    expect(quote({ policy: tied }).tierCode).toBe('FIRST');
  });
});

const inputs = fc.record({
  birthYear: fc.integer({ min: 1920, max: 1975 }),
  categories: fc.subarray(['TEKUN', 'DIBAO', 'LIVES_ALONE']),
  items: fc.array(fc.record({ priceFen: fc.integer({ min: 0, max: 5000 }), qty: fc.integer({ min: 1, max: 4 }) }), {
    minLength: 1,
    maxLength: 5,
  }),
  channel: fc.constantFrom('DINE_IN' as const, 'DELIVERY' as const),
  deliveryFeeFen: fc.integer({ min: 0, max: 1000 }),
  minSelfPayFen: fc.integer({ min: 0, max: 1000 }),
  monthlyCapFen: fc.integer({ min: 0, max: 30000 }),
  used: fc.integer({ min: 0, max: 30000 }),
  cityBp: fc.integer({ min: 0, max: 10000 }),
});

describe('quoteSubsidy properties', () => {
  it('never exceeds the total or the monthly cap, funding sums exactly, payable adds up, and is deterministic', () => {
    fc.assert(
      fc.property(inputs, (generated) => {
        const input: QuoteInput = {
          ...base,
          policy: {
            ...policy,
            minSelfPayFen: generated.minSelfPayFen,
            limits: { ...policy.limits, monthlyCapFen: generated.monthlyCapFen },
            funding: [
              { source: 'CITY', bp: generated.cityBp },
              { source: 'DISTRICT', bp: 10000 - generated.cityBp },
            ],
          },
          elder: { birthDate: `${generated.birthYear}-05-05`, categories: generated.categories },
          items: generated.items,
          channel: generated.channel,
          deliveryFeeFen: generated.channel === 'DELIVERY' ? generated.deliveryFeeFen : 0,
          usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: generated.used },
        };
        const result = quoteSubsidy(input);
        const capLeft = Math.max(0, generated.monthlyCapFen - generated.used);
        expect(result.subsidyFen).toBeGreaterThanOrEqual(0);
        expect(result.subsidyFen).toBeLessThanOrEqual(result.totalFen);
        expect(result.subsidyFen).toBeLessThanOrEqual(capLeft);
        expect(result.payableFen).toBe(result.totalFen - result.subsidyFen);
        expect(result.funding.reduce((sum, part) => sum + part.fen, 0)).toBe(result.subsidyFen);
        if (result.tierCode !== 'TEKUN' && result.subsidyFen > 0) {
          expect(result.payableFen).toBeGreaterThanOrEqual(Math.min(generated.minSelfPayFen, result.totalFen));
        }
        expect(quoteSubsidy(input)).toEqual(result);
      }),
    );
  });
});

describe('parseSubsidyPolicy', () => {
  it('accepts the example policy', () => {
    expect(parseSubsidyPolicy(policy)).toEqual({ ok: true, policy });
  });

  it('rejects unknown fields, funding that does not add up, and bad amounts, naming the field', () => {
    const result = parseSubsidyPolicy({
      ...policy,
      surprise: true,
      tiers: [{ ...policy.tiers[1], benefit: { type: 'FIXED', fen: -1 } }],
      funding: [{ source: 'CITY', bp: 4000 }],
    });
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.problems.map((problem) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(['tiers.0.benefit.fen', 'funding', 'surprise']));
  });
});
