import { addDays, daysBetween, type ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { simulateSubsidyPolicyApi } from '@/api/subsidy-policies';
import type { PolicySimulationDto } from '@/api/types';
import { todayIn } from '@/utils/dates';
import { errorCodeOf } from '@/utils/errors';

/** The API simulates at most 92 days at once. */
export const MAX_SIMULATION_DAYS = 92;

export interface SimulationPeriod {
  from: string;
  to: string;
}

/** The last full calendar month before `today` (the API's default). */
export function lastFullMonth(today: string = todayIn()): SimulationPeriod {
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  const to = addDays(firstOfThisMonth, -1);
  return { from: `${to.slice(0, 8)}01`, to };
}

/** A period the API accepts: from ≤ to, at most 92 days counting both ends. */
export function isSimulationPeriod(period: SimulationPeriod): boolean {
  const days = daysBetween(period.from, period.to);
  return days >= 0 && days < MAX_SIMULATION_DAYS;
}

/**
 * What a version would have granted over a period of real orders, beside what was granted. Running a
 * simulation writes nothing and activates nothing.
 */
export const usePolicySimulationStore = defineStore('policySimulation', () => {
  const result = ref<PolicySimulationDto | null>(null);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);
  let runRequest = 0;

  async function run(policyId: string, period: SimulationPeriod | null): Promise<void> {
    const requestId = ++runRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const answer = await simulateSubsidyPolicyApi(policyId, period ?? {});
      if (requestId === runRequest) result.value = answer;
    } catch (error) {
      if (requestId !== runRequest) return;
      result.value = null;
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === runRequest) loading.value = false;
    }
  }

  function clear(): void {
    runRequest += 1;
    result.value = null;
    loading.value = false;
    errorCode.value = null;
  }

  return { result, loading, errorCode, run, clear, $reset: clear };
});
