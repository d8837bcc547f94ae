import type { FundingSource, SubsidyPolicy } from '@canteen/shared';

/**
 * The example subsidy policies of the demo districts. DOMAIN.md: the policy texts give no amounts — every
 * figure here is an example, each district sets its own, and every label says 示例.
 */

export interface DemoDistrictPolicy {
  regionCode: string;
  label: string;
  /** Drafts and submits. */
  author: string;
  /** Approves: a second official (four eyes). */
  approver: string;
  document: SubsidyPolicy;
  /**
   * Share of each source's budget the seeded orders use: last month (a full month, nearly all spent) and
   * this month (so far). One source of 西山区 sits above 80 % this month, so its alert shows.
   */
  budgetUse: Record<'lastMonth' | 'thisMonth', Partial<Record<FundingSource, number>>>;
}

function tiers(dibaoFen: number, age80Fen: number, age60Percent: number, age60MaxFen: number): SubsidyPolicy['tiers'] {
  return [
    { code: 'TEKUN', label: '特困供养人员', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
    { code: 'DIBAO', label: '低保对象', when: { categoriesAny: ['DIBAO'] }, benefit: { type: 'FIXED', fen: dibaoFen } },
    { code: 'AGE80', label: '80 周岁及以上', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: age80Fen } },
    {
      code: 'AGE60',
      label: '60–79 周岁',
      when: { minAge: 60, maxAge: 79 },
      benefit: { type: 'PERCENT', percent: age60Percent, maxFen: age60MaxFen },
    },
  ];
}

const COMMON = {
  slots: ['LUNCH', 'DINNER'],
  channels: ['DINE_IN', 'DELIVERY'],
  minSelfPayFen: 0,
  deliverySubsidyFen: 200,
} satisfies Partial<SubsidyPolicy>;

export const DEMO_DISTRICT_POLICIES: DemoDistrictPolicy[] = [
  {
    regionCode: '530112',
    label: '西山区老年助餐补贴（示例）',
    author: 'xishan',
    approver: 'kunming',
    document: {
      tiers: tiers(800, 500, 20, 400),
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 20_000 },
      ...COMMON,
      funding: [
        { source: 'CITY', bp: 5000 },
        { source: 'DISTRICT', bp: 5000 },
      ],
    },
    budgetUse: { lastMonth: { CITY: 96, DISTRICT: 93 }, thisMonth: { CITY: 83, DISTRICT: 68 } },
  },
  {
    regionCode: '530114',
    label: '呈贡区老年助餐补贴（示例）',
    author: 'chenggong',
    approver: 'kunming',
    document: {
      tiers: tiers(800, 600, 20, 400),
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 24_000 },
      ...COMMON,
      funding: [
        { source: 'PROVINCE', bp: 2000 },
        { source: 'CITY', bp: 4000 },
        { source: 'DISTRICT', bp: 4000 },
      ],
    },
    budgetUse: { lastMonth: { PROVINCE: 88, CITY: 103, DISTRICT: 95 }, thisMonth: { PROVINCE: 62, CITY: 74, DISTRICT: 70 } },
  },
  {
    regionCode: '530425',
    label: '易门县老年助餐补贴（示例）',
    author: 'yimen',
    approver: 'admin',
    document: {
      tiers: tiers(600, 400, 15, 300),
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 15_000 },
      ...COMMON,
      funding: [
        { source: 'CITY', bp: 3000 },
        { source: 'DISTRICT', bp: 7000 },
      ],
    },
    budgetUse: { lastMonth: { CITY: 91, DISTRICT: 97 }, thisMonth: { CITY: 65, DISTRICT: 77 } },
  },
];

/** 西山区's next version, left as a draft for officials to try the simulator and the approval on. */
export const DEMO_DRAFT_POLICY = {
  regionCode: '530112',
  label: '西山区老年助餐补贴 调整方案（示例草稿）',
  author: 'xishan',
  document: {
    tiers: [
      ...tiers(800, 600, 25, 450).slice(0, 2),
      { code: 'DISABLED', label: '失能、失智老人', when: { categoriesAny: ['DISABLED', 'DEMENTIA'] }, benefit: { type: 'FIXED', fen: 700 } },
      ...tiers(800, 600, 25, 450).slice(2),
    ],
    limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 22_000 },
    ...COMMON,
    funding: [
      { source: 'CITY', bp: 5000 },
      { source: 'DISTRICT', bp: 5000 },
    ],
  } satisfies SubsidyPolicy,
};
