import { formatYuan } from '@canteen/shared';
import type { BudgetAlert, SubsidyBudgetDto } from '@/api/types';
import type { ExcelColumn } from '@/utils/excel';

type TagType = 'success' | 'warning' | 'danger';

export const BUDGET_ALERT_TAGS: Record<BudgetAlert, TagType> = { OK: 'success', WARN_80: 'warning', OVER_100: 'danger' };

/** Element Plus progress colours by the API's alert (its 80 % and 100 % thresholds, not ours). */
export const BUDGET_PROGRESS_STATUS: Record<BudgetAlert, 'success' | 'warning' | 'exception'> = {
  OK: 'success',
  WARN_80: 'warning',
  OVER_100: 'exception',
};

/** The bar's width: percentUsed capped at 100 (an overspent line shows full, its figure says by how much). */
export function progressWidth(percentUsed: number): number {
  return Math.max(0, Math.min(100, percentUsed));
}

type Translate = (key: string, named?: Record<string, unknown>) => string;

/** Columns of the budget export; amounts in yuan as numbers so Excel can add them up. */
export function budgetExportColumns(t: Translate, regionName: (code: string) => string): ExcelColumn<SubsidyBudgetDto>[] {
  return [
    { header: t('budgets.fields.district'), width: 14, value: (line) => regionName(line.regionCode) },
    { header: t('budgets.fields.regionCode'), width: 10, value: (line) => line.regionCode },
    { header: t('budgets.fields.month'), width: 10, value: (line) => line.month },
    { header: t('budgets.fields.source'), width: 14, value: (line) => t(`fundingSources.${line.source}`) },
    { header: t('budgets.fields.budgetYuan'), width: 14, value: (line) => Number(formatYuan(line.budgetFen)) },
    { header: t('budgets.fields.spentYuan'), width: 14, value: (line) => Number(formatYuan(line.spentFen)) },
    { header: t('budgets.fields.remainingYuan'), width: 14, value: (line) => Number(formatYuan(line.budgetFen - line.spentFen)) },
    { header: t('budgets.fields.percentUsed'), width: 10, value: (line) => line.percentUsed },
    { header: t('budgets.fields.alert'), width: 12, value: (line) => t(`budgetAlerts.${line.alert}`) },
    { header: t('budgets.fields.hardStop'), width: 10, value: (line) => t(line.hardStop ? 'common.yes' : 'common.no') },
  ];
}
