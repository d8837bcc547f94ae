import { type ErrorCode, FUNDING_SOURCES } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getSubsidyBudgetsApi, putSubsidyBudgetsApi } from '@/api/subsidy-budgets';
import type { BudgetAlert, SubsidyBudgetDto, SubsidyBudgetLineInputDto } from '@/api/types';
import { todayIn } from '@/utils/dates';
import { errorCodeOf } from '@/utils/errors';

export const BUDGET_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** This month ("YYYY-MM") in the canteens' time zone: the API's default. */
export function currentBudgetMonth(today: string = todayIn()): string {
  return today.slice(0, 7);
}

/** A district's lines of one month, with its totals. */
export interface DistrictBudget {
  regionCode: string;
  lines: SubsidyBudgetDto[];
  budgetFen: number;
  spentFen: number;
  hardStop: boolean;
  /** The worst alert of its lines. */
  alert: BudgetAlert;
}

const ALERT_ORDER: readonly BudgetAlert[] = ['OK', 'WARN_80', 'OVER_100'];

export function groupBudgets(lines: readonly SubsidyBudgetDto[]): DistrictBudget[] {
  const byDistrict = new Map<string, SubsidyBudgetDto[]>();
  for (const line of lines) byDistrict.set(line.regionCode, [...(byDistrict.get(line.regionCode) ?? []), line]);
  return [...byDistrict.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionCode, districtLines]) => {
      const sorted = [...districtLines].sort((a, b) => FUNDING_SOURCES.indexOf(a.source) - FUNDING_SOURCES.indexOf(b.source));
      return {
        regionCode,
        lines: sorted,
        budgetFen: sorted.reduce((sum, line) => sum + line.budgetFen, 0),
        spentFen: sorted.reduce((sum, line) => sum + line.spentFen, 0),
        hardStop: sorted.some((line) => line.hardStop),
        alert: sorted.reduce<BudgetAlert>((worst, line) => (ALERT_ORDER.indexOf(line.alert) > ALERT_ORDER.indexOf(worst) ? line.alert : worst), 'OK'),
      };
    });
}

/** Budget lines of one month for the districts in scope: budget vs spent per funding source. */
export const useSubsidyBudgetStore = defineStore('subsidyBudget', () => {
  const month = ref(currentBudgetMonth());
  const lines = ref<SubsidyBudgetDto[]>([]);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);
  const saving = ref(false);
  let listRequest = 0;

  const districts = computed(() => groupBudgets(lines.value));

  async function fetchMonth(next: string = month.value): Promise<void> {
    month.value = next;
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const answer = await getSubsidyBudgetsApi({ month: next });
      if (requestId === listRequest) lines.value = answer;
    } catch (error) {
      if (requestId !== listRequest) return;
      lines.value = [];
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === listRequest) loading.value = false;
    }
  }

  /**
   * Sets a district's lines of the shown month and its hard stop; the answer (every line of that district
   * and month, spending kept) replaces the district's lines. Throws the API error.
   */
  async function save(regionCode: string, budgetLines: SubsidyBudgetLineInputDto[], hardStop: boolean): Promise<SubsidyBudgetDto[]> {
    saving.value = true;
    try {
      const answer = await putSubsidyBudgetsApi(regionCode, month.value, { lines: budgetLines, hardStop });
      lines.value = [...lines.value.filter((line) => line.regionCode !== regionCode), ...answer];
      return answer;
    } finally {
      saving.value = false;
    }
  }

  function $reset(): void {
    listRequest += 1;
    month.value = currentBudgetMonth();
    lines.value = [];
    loading.value = false;
    errorCode.value = null;
    saving.value = false;
  }

  return { month, lines, loading, errorCode, saving, districts, fetchMonth, save, $reset };
});
