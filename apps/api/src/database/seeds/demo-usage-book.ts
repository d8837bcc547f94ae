import { type MealSlot, type QuoteElder, quoteSubsidy, type SubsidyPolicy, type SubsidyQuote, SubsidyReason } from '@canteen/shared';
import type { OrderEntity } from '../../modules/orders/order.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from '../../modules/orders/usage.entity.js';
import type { ElderEntity } from '../../modules/elders/elder.entity.js';
import type { SubsidyPolicyEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { DemoBudgetBook } from './demo-budget-book.js';
import type { OrderIntent } from './demo-order-plan.js';

/** What the subsidy engine needs of an elder on a day: the policy of the 户籍 district in force then. */
export interface ElderContext {
  elder: ElderEntity;
  quoteElder: QuoteElder;
  district: string | null;
  policy: SubsidyPolicyEntity | null;
}

const NO_USAGE = { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 };

function counter<T>(map: Map<string, T>, key: string, create: () => T): T {
  let row = map.get(key);
  if (!row) {
    row = create();
    map.set(key, row);
  }
  return row;
}

/**
 * The limits of the live order path, kept in memory: each elder's meals per day and slot and subsidy per
 * month (UsageRepository), the districts' budgets (DemoBudgetBook) and each canteen's pickup numbers.
 */
export class DemoUsageBook {
  readonly usageDays = new Map<string, ElderUsageDayEntity>();
  readonly usageSlots = new Map<string, ElderUsageSlotEntity>();
  readonly usageMonths = new Map<string, ElderUsageMonthEntity>();
  readonly tickets = new Map<string, TicketCounterEntity>();

  constructor(readonly budgets: DemoBudgetBook) {}

  /** SubsidyChargeService `charge`: quote on the elder's usage so far, claim the meal and the month, then the budget. */
  charge(
    date: string,
    intent: OrderIntent,
    lines: readonly { item: { priceFen: number }; qty: number }[],
    context: ElderContext | null,
  ): { quote: SubsidyQuote; countedMeal: boolean } {
    const policy = context?.policy ? (JSON.parse(context.policy.document) as SubsidyPolicy) : null;
    const input = {
      policy,
      elder: context?.quoteElder ?? null,
      serviceDate: date,
      slot: intent.slot as MealSlot,
      channel: intent.channel,
      items: lines.map(({ item, qty }) => ({ priceFen: item.priceFen, qty })),
      deliveryFeeFen: intent.deliveryFeeFen,
    };
    if (!context || !policy || !context.district) return { quote: quoteSubsidy({ ...input, usage: NO_USAGE }), countedMeal: false };
    const elderId = context.elder.id;
    const month = date.slice(0, 7);
    const keys = { day: `${elderId}|${date}`, slot: `${elderId}|${date}|${intent.slot}`, month: `${elderId}|${month}` };
    const quote = quoteSubsidy({
      ...input,
      usage: {
        mealsToday: this.usageDays.get(keys.day)?.meals ?? 0,
        mealsThisSlot: this.usageSlots.get(keys.slot)?.meals ?? 0,
        subsidyThisMonthFen: this.usageMonths.get(keys.month)?.subsidyFen ?? 0,
      },
    });
    if (quote.subsidyFen === 0) return { quote, countedMeal: false };
    // UsageRepository `claim`: a counter row is created by the first meal that takes from it.
    const day = counter(this.usageDays, keys.day, () => Object.assign(new ElderUsageDayEntity(), { elderId, serviceDate: date, meals: 0 }));
    const slot = counter(this.usageSlots, keys.slot, () =>
      Object.assign(new ElderUsageSlotEntity(), { elderId, serviceDate: date, slot: intent.slot, meals: 0 }),
    );
    const monthly = counter(this.usageMonths, keys.month, () => Object.assign(new ElderUsageMonthEntity(), { elderId, month, subsidyFen: 0 }));
    const { limits } = policy;
    if (day.meals >= limits.mealsPerDay || slot.meals >= limits.mealsPerSlot || monthly.subsidyFen + quote.subsidyFen > limits.monthlyCapFen) {
      throw new Error('demo order history: the engine granted past a limit');
    }
    day.meals += 1;
    slot.meals += 1;
    monthly.subsidyFen += quote.subsidyFen;
    if (this.budgets.charge(context.district, month, quote.funding)) return { quote, countedMeal: true };
    day.meals -= 1;
    slot.meals -= 1;
    monthly.subsidyFen -= quote.subsidyFen;
    return {
      quote: { ...quote, subsidyFen: 0, payableFen: quote.totalFen, funding: [], reasons: [...quote.reasons, SubsidyReason.BUDGET_EXHAUSTED] },
      countedMeal: false,
    };
  }

  /** OrdersService `giveBack` for a cancelled order: the meal, the month's subsidy and the budget. */
  giveBack(order: OrderEntity): void {
    if (!order.elderId || !order.countedMeal) return;
    const day = this.usageDays.get(`${order.elderId}|${order.serviceDate}`)!;
    const slot = this.usageSlots.get(`${order.elderId}|${order.serviceDate}|${order.slot}`)!;
    const month = this.usageMonths.get(`${order.elderId}|${order.serviceDate.slice(0, 7)}`)!;
    if (day.meals > 0) day.meals -= 1;
    if (slot.meals > 0) slot.meals -= 1;
    if (month.subsidyFen >= order.subsidyFen) month.subsidyFen -= order.subsidyFen;
    this.budgets.giveBack(order);
  }

  /** UsageRepository `nextTicket`: the next pickup number of a canteen's day and prefix. */
  nextTicket(canteenId: string, serviceDate: string, prefix: string): number {
    const row = counter(this.tickets, `${canteenId}|${serviceDate}|${prefix}`, () =>
      Object.assign(new TicketCounterEntity(), { canteenId, serviceDate, prefix, last: 0 }),
    );
    row.last += 1;
    return row.last;
  }
}
