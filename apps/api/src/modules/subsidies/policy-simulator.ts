import {
  type AssessmentGrade,
  FUNDING_SOURCES,
  type MealSlot,
  type OrderChannel,
  type QuoteUsage,
  quoteSubsidy,
  SubsidyReason,
  type SubsidyPolicy,
} from '@canteen/shared';

/** One real order as the simulator needs it, with what was actually granted. */
export interface SimulationOrder {
  id: string;
  elderId: string;
  canteenId: string;
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  deliveryFeeFen: number;
  items: { priceFen: number; qty: number }[];
  actual: { subsidyFen: number; tierCode: string | null; funding: { source: string; fen: number }[]; reasons: string[] };
}

/** What decides an elder's tier on a date: birth date, category records and assessments (approved only). */
export interface SimulationElder {
  birthDate: string;
  categories: { category: string; validFrom: string; validTo: string | null }[];
  assessments: { grade: AssessmentGrade; assessedOn: string; validUntil: string }[];
}

export interface TierTotal {
  tierCode: string | null;
  orders: number;
  subsidyFen: number;
}

export interface SourceTotal {
  source: string;
  subsidyFen: number;
}

export interface CanteenTotal {
  canteenId: string;
  canteenName: string;
  orders: number;
  subsidyFen: number;
}

export interface Breakdown {
  totalSubsidyFen: number;
  byTier: TierTotal[];
  bySource: SourceTotal[];
  byCanteen: CanteenTotal[];
}

export interface SimulationResult {
  /** Orders inside the period (the month's earlier orders only feed the usage counters). */
  orders: number;
  elders: number;
  /** Orders whose simulated subsidy differs from what was granted. */
  ordersChanged: number;
  actual: Breakdown;
  simulated: Breakdown;
}

/**
 * The counters the live order path keeps in elder_usage_days / _slots / _months, kept in memory: a meal
 * counts towards the day and slot limits when it was subsidised, and its subsidy towards the month's cap.
 */
export class ElderUsageTracker {
  private readonly meals = new Map<string, number>();
  private readonly monthFen = new Map<string, number>();

  usageOf(elderId: string, serviceDate: string, slot: MealSlot): QuoteUsage {
    return {
      mealsToday: this.meals.get(`${elderId}|${serviceDate}`) ?? 0,
      mealsThisSlot: this.meals.get(`${elderId}|${serviceDate}|${slot}`) ?? 0,
      subsidyThisMonthFen: this.monthFen.get(`${elderId}|${serviceDate.slice(0, 7)}`) ?? 0,
    };
  }

  /** Records a granted subsidy; an unsubsidised order takes none of the elder's meals. */
  record(elderId: string, serviceDate: string, slot: MealSlot, subsidyFen: number): void {
    if (subsidyFen <= 0) return;
    const add = (map: Map<string, number>, key: string, amount: number) => map.set(key, (map.get(key) ?? 0) + amount);
    add(this.meals, `${elderId}|${serviceDate}`, 1);
    add(this.meals, `${elderId}|${serviceDate}|${slot}`, 1);
    add(this.monthFen, `${elderId}|${serviceDate.slice(0, 7)}`, subsidyFen);
  }
}

/** Categories approved and valid on the date, as the engine expects them. */
export function categoriesOn(elder: SimulationElder, date: string): string[] {
  const inForce = elder.categories.filter((row) => row.validFrom <= date && (row.validTo === null || row.validTo >= date));
  return [...new Set(inForce.map((row) => row.category))].sort();
}

/** The grade of the latest approved assessment valid on the date (assessed on or before it). */
export function gradeOn(elder: SimulationElder, date: string): AssessmentGrade | null {
  let best: SimulationElder['assessments'][number] | null = null;
  for (const row of elder.assessments) {
    if (row.assessedOn > date || row.validUntil < date) continue;
    if (!best || row.assessedOn >= best.assessedOn) best = row;
  }
  return best?.grade ?? null;
}

class BreakdownBuilder {
  private total = 0;
  private readonly tiers = new Map<string | null, TierTotal>();
  private readonly sources = new Map<string, number>(FUNDING_SOURCES.map((source) => [source, 0]));
  private readonly canteens = new Map<string, CanteenTotal>();

  constructor(private readonly canteenNames: ReadonlyMap<string, string>) {}

  add(canteenId: string, tierCode: string | null, subsidyFen: number, funding: readonly { source: string; fen: number }[]): void {
    this.total += subsidyFen;
    const tier = this.tiers.get(tierCode) ?? { tierCode, orders: 0, subsidyFen: 0 };
    tier.orders += 1;
    tier.subsidyFen += subsidyFen;
    this.tiers.set(tierCode, tier);
    for (const part of funding) this.sources.set(part.source, (this.sources.get(part.source) ?? 0) + part.fen);
    const canteen = this.canteens.get(canteenId) ?? {
      canteenId,
      canteenName: this.canteenNames.get(canteenId) ?? '',
      orders: 0,
      subsidyFen: 0,
    };
    canteen.orders += 1;
    canteen.subsidyFen += subsidyFen;
    this.canteens.set(canteenId, canteen);
  }

  build(): Breakdown {
    return {
      totalSubsidyFen: this.total,
      // Tiers by code, "no tier" last; sources in FUNDING_SOURCES order; canteens by name (stable for a UI
      // that shows actual and simulated side by side).
      byTier: [...this.tiers.values()].sort((a, b) =>
        a.tierCode === b.tierCode ? 0 : a.tierCode === null ? 1 : b.tierCode === null ? -1 : a.tierCode.localeCompare(b.tierCode),
      ),
      bySource: [...this.sources].map(([source, subsidyFen]) => ({ source, subsidyFen })),
      byCanteen: [...this.canteens.values()].sort(
        (a, b) => a.canteenName.localeCompare(b.canteenName) || a.canteenId.localeCompare(b.canteenId),
      ),
    };
  }
}

export interface SimulationInput {
  policy: SubsidyPolicy;
  /** Chronological (the order they were placed in), from the first day of `from`'s month to `to`. */
  orders: readonly SimulationOrder[];
  elders: ReadonlyMap<string, SimulationElder>;
  canteenNames: ReadonlyMap<string, string>;
  /** First day reported; earlier orders of the same month only count towards the elders' usage. */
  from: string;
}

/**
 * Runs one policy over real orders with the engine the order path uses, in the order they were placed,
 * keeping each elder's day, slot and month usage as the live counters would have. Eligibility is taken
 * from the order's own snapshot (an order refused as NOT_ELIGIBLE stays so), budgets are not applied:
 * the simulation shows what the policy would grant, not what a budget would have allowed.
 */
export function simulatePolicy(input: SimulationInput): SimulationResult {
  const usage = new ElderUsageTracker();
  const actual = new BreakdownBuilder(input.canteenNames);
  const simulated = new BreakdownBuilder(input.canteenNames);
  const elders = new Set<string>();
  let orders = 0;
  let ordersChanged = 0;
  for (const order of input.orders) {
    const elder = input.elders.get(order.elderId);
    const quote = quoteSubsidy({
      policy: input.policy,
      elder: elder
        ? {
            birthDate: elder.birthDate,
            categories: categoriesOn(elder, order.serviceDate),
            assessmentGrade: gradeOn(elder, order.serviceDate),
            eligible: !order.actual.reasons.includes(SubsidyReason.NOT_ELIGIBLE),
          }
        : null,
      serviceDate: order.serviceDate,
      slot: order.slot,
      channel: order.channel,
      items: order.items,
      deliveryFeeFen: order.deliveryFeeFen,
      usage: usage.usageOf(order.elderId, order.serviceDate, order.slot),
    });
    usage.record(order.elderId, order.serviceDate, order.slot, quote.subsidyFen);
    if (order.serviceDate < input.from) continue;
    orders += 1;
    elders.add(order.elderId);
    if (quote.subsidyFen !== order.actual.subsidyFen) ordersChanged += 1;
    actual.add(order.canteenId, order.actual.tierCode, order.actual.subsidyFen, order.actual.funding);
    simulated.add(order.canteenId, quote.tierCode, quote.subsidyFen, quote.funding);
  }
  return { orders, elders: elders.size, ordersChanged, actual: actual.build(), simulated: simulated.build() };
}
