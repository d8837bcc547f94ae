import type { FundingSource, SubsidyPolicy } from '@canteen/shared';
import type { BudgetAlert, SubsidyBudgetDto } from './dto/subsidy-budget.dto.js';
import type { SubsidyPolicyDto } from './dto/subsidy-policy.dto.js';
import type { SubsidyBudgetEntity, SubsidyPolicyEntity } from './subsidy-policy.entity.js';

export function toSubsidyPolicyDto(
  policy: SubsidyPolicyEntity,
  userNames: ReadonlyMap<string, string>,
  regionNames: ReadonlyMap<string, string>,
): SubsidyPolicyDto {
  const nameOf = (id: string | null) => (id ? (userNames.get(id) ?? null) : null);
  return {
    id: policy.id,
    regionCode: policy.regionCode,
    regionName: regionNames.get(policy.regionCode) ?? '',
    version: policy.version,
    status: policy.status,
    effectiveFrom: policy.effectiveFrom,
    label: policy.label,
    document: JSON.parse(policy.document) as SubsidyPolicy,
    createdById: policy.createdBy,
    createdByName: nameOf(policy.createdBy),
    createdAt: policy.createdAt.toISOString(),
    submittedById: policy.submittedBy,
    submittedByName: nameOf(policy.submittedBy),
    submittedAt: policy.submittedAt?.toISOString() ?? null,
    decidedByName: nameOf(policy.decidedBy),
    decidedAt: policy.decidedAt?.toISOString() ?? null,
    decisionNote: policy.decisionNote,
  };
}

/** OVER_100 once the whole budget is used (a hard stop can reach 100 % but never pass it), WARN_80 from 80 %. */
export function budgetAlertOf(budgetFen: number, spentFen: number): BudgetAlert {
  if (spentFen >= budgetFen) return 'OVER_100';
  if (spentFen * 100 >= budgetFen * 80) return 'WARN_80';
  return 'OK';
}

/** Percent used, rounded down to one decimal; a zero budget counts as fully used. */
export function percentUsedOf(budgetFen: number, spentFen: number): number {
  if (budgetFen <= 0) return 100;
  return Math.floor((spentFen * 1000) / budgetFen) / 10;
}

export function toSubsidyBudgetDto(budget: SubsidyBudgetEntity): SubsidyBudgetDto {
  return {
    regionCode: budget.regionCode,
    month: budget.month,
    source: budget.source as FundingSource,
    budgetFen: budget.budgetFen,
    spentFen: budget.spentFen,
    percentUsed: percentUsedOf(budget.budgetFen, budget.spentFen),
    alert: budgetAlertOf(budget.budgetFen, budget.spentFen),
    hardStop: Boolean(budget.hardStop),
  };
}
