/**
 * The subsidy engine: one pure function the API uses to decide and the kiosk uses to preview (offline
 * too). Given a policy, an elder, an order and what the elder already used, it says which tier applies,
 * how much the government pays and from which funds, and why.
 */
import type { AssessmentGrade } from './elders.js';
import type { MealSlot } from './meal-slots.js';
import { splitByBasisPoints } from './money.js';
import { ageOn } from './resident-id.js';
import type { FundingSource, OrderChannel, SubsidyPolicy, SubsidyTier } from './subsidy-policy.js';

/** Machine codes explaining a quote; the apps translate `subsidyReasons.<CODE>`. */
export const SubsidyReason = {
  NO_POLICY: 'NO_POLICY',
  VISITOR: 'VISITOR',
  NOT_ELIGIBLE: 'NOT_ELIGIBLE',
  NO_MATCHING_TIER: 'NO_MATCHING_TIER',
  TIER_CHOSEN: 'TIER_CHOSEN',
  SLOT_NOT_COVERED: 'SLOT_NOT_COVERED',
  CHANNEL_NOT_COVERED: 'CHANNEL_NOT_COVERED',
  DAILY_LIMIT_REACHED: 'DAILY_LIMIT_REACHED',
  SLOT_LIMIT_REACHED: 'SLOT_LIMIT_REACHED',
  BENEFIT_CAPPED: 'BENEFIT_CAPPED',
  MIN_SELF_PAY: 'MIN_SELF_PAY',
  DELIVERY_SUBSIDY: 'DELIVERY_SUBSIDY',
  MONTHLY_CAP_TRIMMED: 'MONTHLY_CAP_TRIMMED',
  MONTHLY_CAP_REACHED: 'MONTHLY_CAP_REACHED',
  /** Set by the API, not the engine: the district's budget has a hard stop and is spent. */
  BUDGET_EXHAUSTED: 'BUDGET_EXHAUSTED',
} as const;
export type SubsidyReason = (typeof SubsidyReason)[keyof typeof SubsidyReason];

export interface QuoteElder {
  birthDate: string;
  /** Categories approved and in force on the service date. */
  categories: readonly string[];
  assessmentGrade?: AssessmentGrade | null;
  /** false when the elder may not be subsidised at all today (e.g. eligibility review lapsed). */
  eligible?: boolean;
}

export interface QuoteUsage {
  mealsToday: number;
  mealsThisSlot: number;
  subsidyThisMonthFen: number;
}

export interface QuoteInput {
  policy: SubsidyPolicy | null;
  /** null: a visitor, full price. */
  elder: QuoteElder | null;
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  items: readonly { priceFen: number; qty: number }[];
  deliveryFeeFen: number;
  usage: QuoteUsage;
}

export interface SubsidyQuote {
  tierCode: string | null;
  totalFen: number;
  subsidyFen: number;
  payableFen: number;
  funding: { source: FundingSource; fen: number }[];
  reasons: SubsidyReason[];
}

function tierApplies(tier: SubsidyTier, elder: QuoteElder, age: number): boolean {
  const { minAge, maxAge, categoriesAny, gradesAny } = tier.when;
  if (minAge !== undefined && age < minAge) return false;
  if (maxAge !== undefined && age > maxAge) return false;
  if (categoriesAny && !categoriesAny.some((category) => elder.categories.includes(category))) return false;
  if (gradesAny && !(elder.assessmentGrade && gradesAny.includes(elder.assessmentGrade))) return false;
  return true;
}

interface TierResult {
  tier: SubsidyTier;
  subsidyFen: number;
  reasons: SubsidyReason[];
}

/** A tier's subsidy for this order before the monthly cap: the meal benefit, delivery, minimum self-pay. */
function tierSubsidy(tier: SubsidyTier, policy: SubsidyPolicy, itemsFen: number, input: QuoteInput): TierResult {
  const reasons: SubsidyReason[] = [];
  let meal: number;
  switch (tier.benefit.type) {
    case 'FREE':
      meal = itemsFen;
      break;
    case 'FIXED':
      meal = Math.min(tier.benefit.fen, itemsFen);
      break;
    case 'PERCENT': {
      const raw = Math.floor((itemsFen * tier.benefit.percent) / 100);
      meal = tier.benefit.maxFen === undefined ? raw : Math.min(raw, tier.benefit.maxFen);
      if (meal < raw) reasons.push(SubsidyReason.BENEFIT_CAPPED);
      break;
    }
  }
  let delivery = 0;
  if (input.channel === 'DELIVERY' && meal > 0) {
    delivery = Math.min(policy.deliverySubsidyFen, input.deliveryFeeFen);
    if (delivery > 0) reasons.push(SubsidyReason.DELIVERY_SUBSIDY);
  }
  let subsidyFen = meal + delivery;
  if (tier.benefit.type !== 'FREE') {
    const ceiling = Math.max(0, itemsFen + input.deliveryFeeFen - policy.minSelfPayFen);
    if (subsidyFen > ceiling) {
      subsidyFen = ceiling;
      reasons.push(SubsidyReason.MIN_SELF_PAY);
    }
  }
  return { tier, subsidyFen, reasons };
}

function noSubsidy(totalFen: number, tierCode: string | null, reasons: SubsidyReason[]): SubsidyQuote {
  return { tierCode, totalFen, subsidyFen: 0, payableFen: totalFen, funding: [], reasons };
}

export function quoteSubsidy(input: QuoteInput): SubsidyQuote {
  const itemsFen = input.items.reduce((sum, item) => sum + item.priceFen * item.qty, 0);
  const totalFen = itemsFen + input.deliveryFeeFen;
  const { policy, elder } = input;
  if (!elder) return noSubsidy(totalFen, null, [SubsidyReason.VISITOR]);
  if (!policy) return noSubsidy(totalFen, null, [SubsidyReason.NO_POLICY]);
  if (elder.eligible === false) return noSubsidy(totalFen, null, [SubsidyReason.NOT_ELIGIBLE]);

  const age = ageOn(elder.birthDate, input.serviceDate);
  const candidates = policy.tiers
    .filter((tier) => tierApplies(tier, elder, age))
    .map((tier) => tierSubsidy(tier, policy, itemsFen, input));
  if (candidates.length === 0) return noSubsidy(totalFen, null, [SubsidyReason.NO_MATCHING_TIER]);
  // Largest subsidy wins; on a tie the first listed (reduce keeps the earlier one).
  const best = candidates.reduce((winner, candidate) => (candidate.subsidyFen > winner.subsidyFen ? candidate : winner));
  const tierCode = best.tier.code;

  if (!policy.slots.includes(input.slot)) return noSubsidy(totalFen, tierCode, [SubsidyReason.TIER_CHOSEN, SubsidyReason.SLOT_NOT_COVERED]);
  if (!policy.channels.includes(input.channel)) {
    return noSubsidy(totalFen, tierCode, [SubsidyReason.TIER_CHOSEN, SubsidyReason.CHANNEL_NOT_COVERED]);
  }
  if (input.usage.mealsToday >= policy.limits.mealsPerDay) {
    return noSubsidy(totalFen, tierCode, [SubsidyReason.TIER_CHOSEN, SubsidyReason.DAILY_LIMIT_REACHED]);
  }
  if (input.usage.mealsThisSlot >= policy.limits.mealsPerSlot) {
    return noSubsidy(totalFen, tierCode, [SubsidyReason.TIER_CHOSEN, SubsidyReason.SLOT_LIMIT_REACHED]);
  }

  const reasons: SubsidyReason[] = [SubsidyReason.TIER_CHOSEN, ...best.reasons];
  const capLeft = Math.max(0, policy.limits.monthlyCapFen - input.usage.subsidyThisMonthFen);
  let subsidyFen = best.subsidyFen;
  if (subsidyFen > capLeft) {
    subsidyFen = capLeft;
    reasons.push(capLeft === 0 ? SubsidyReason.MONTHLY_CAP_REACHED : SubsidyReason.MONTHLY_CAP_TRIMMED);
  }
  const funding =
    subsidyFen > 0
      ? splitByBasisPoints(
          subsidyFen,
          policy.funding.map((part) => ({ key: part.source, bp: part.bp })),
        ).map((part) => ({ source: part.key, fen: part.fen }))
      : [];
  return { tierCode, totalFen, subsidyFen, payableFen: totalFen - subsidyFen, funding, reasons };
}
