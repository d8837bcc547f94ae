import { Injectable } from '@nestjs/common';
import { quoteSubsidy, type SubsidyQuote, SubsidyReason } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import { SubsidyBudgetsRepository } from '../subsidies/subsidy-budgets.repository.js';
import type { OrderContext } from './order-context.service.js';
import { type Usage, type UsageKey, UsageRepository } from './usage.repository.js';

export interface Charge {
  quote: SubsidyQuote;
  /** The order took one of the elder's subsidised meals (and its subsidy from the month). */
  countedMeal: boolean;
}

const NO_USAGE: Usage = { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 };

export function usageKeyOf(elderId: string, serviceDate: string, slot: string): UsageKey {
  return { elderId, serviceDate, slot, month: serviceDate.slice(0, 7) };
}

/**
 * Takes an order's subsidy from everything that limits it — the elder's meals of the day and slot, the
 * monthly cap, the paying district's budget — inside the order's transaction, and gives it back on
 * cancellation. The limits hold in the database (guarded statements), not in this code.
 */
@Injectable()
export class SubsidyChargeService {
  constructor(
    private readonly usage: UsageRepository,
    private readonly budgets: SubsidyBudgetsRepository,
  ) {}

  /** What the elder has used so far, without locking (a quote writes nothing). */
  readUsage(manager: EntityManager, priced: OrderContext): Promise<Usage> {
    if (!priced.elderId) return Promise.resolve(NO_USAGE);
    return this.usage.read(manager, usageKeyOf(priced.elderId, priced.serviceDate, priced.slot));
  }

  quote(priced: OrderContext, usage: Usage): SubsidyQuote {
    return quoteSubsidy({
      policy: priced.policy,
      elder: priced.quoteElder,
      serviceDate: priced.serviceDate,
      slot: priced.slot,
      channel: priced.channel,
      items: priced.items,
      deliveryFeeFen: priced.deliveryFeeFen,
      usage,
    });
  }

  /**
   * Quotes on the elder's usage and claims it with guarded statements: a meal of the day and of the slot
   * and the month's subsidy. With `budgetExhausted` (a first attempt found the district's hard-stopped
   * budget spent) the order gets no subsidy (reason BUDGET_EXHAUSTED) and claims nothing.
   */
  async claimUsage(manager: EntityManager, priced: OrderContext, budgetExhausted: boolean): Promise<Charge> {
    if (!priced.elderId || !priced.policy || !priced.payingDistrict) {
      return { quote: this.quote(priced, NO_USAGE), countedMeal: false };
    }
    const key = usageKeyOf(priced.elderId, priced.serviceDate, priced.slot);
    const quote = this.quote(priced, await this.usage.read(manager, key));
    if (quote.subsidyFen === 0) return { quote, countedMeal: false };
    if (budgetExhausted) return { quote: withoutSubsidy(quote), countedMeal: false };
    // Refused when another order of this elder moved the counters since the read: the transaction reruns.
    await this.usage.claim(manager, key, priced.policy.limits, quote.subsidyFen);
    return { quote, countedMeal: true };
  }

  /**
   * Charges the subsidy to the paying district's budget of the month — the district's rows are the most
   * contended of all, so this is the last write before the audit entry and COMMIT. A hard-stopped budget
   * that is spent refuses: BudgetRefusedError rolls the order back, to be placed again without subsidy.
   */
  async chargeBudget(manager: EntityManager, priced: OrderContext, charge: Charge): Promise<void> {
    if (!charge.countedMeal || !priced.payingDistrict) return;
    const month = priced.serviceDate.slice(0, 7);
    const budget = await this.budgets.addSpent(manager, priced.payingDistrict, month, charge.quote.funding);
    if (budget.refused) throw new BudgetRefusedError();
  }

  /** Gives a cancelled order's meal, monthly subsidy and budget back. */
  async release(
    manager: EntityManager,
    order: { elderId: string | null; serviceDate: string; slot: string; subsidyFen: number; countedMeal: boolean },
    payingDistrict: string | null,
    funding: readonly { source: string; fen: number }[],
  ): Promise<void> {
    if (!order.elderId || !order.countedMeal) return;
    const key = usageKeyOf(order.elderId, order.serviceDate, order.slot);
    await this.usage.release(manager, key, order.subsidyFen);
    if (payingDistrict) await this.budgets.releaseSpent(manager, payingDistrict, key.month, funding);
  }
}

/** The district's hard-stopped budget refused this order's subsidy. */
export class BudgetRefusedError extends Error {
  constructor() {
    super('The district budget of the month is spent (hard stop)');
    this.name = 'BudgetRefusedError';
  }
}

function withoutSubsidy(quote: SubsidyQuote): SubsidyQuote {
  return {
    ...quote,
    subsidyFen: 0,
    payableFen: quote.totalFen,
    funding: [],
    reasons: [...quote.reasons, SubsidyReason.BUDGET_EXHAUSTED],
  };
}
