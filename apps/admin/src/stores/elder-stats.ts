import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getElderStatsApi } from '@/api/elders';
import type { ElderStatsDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

/** Counts of active elders for one region (the caller's scope when none is chosen). */
export const useElderStatsStore = defineStore('elderStats', () => {
  const regionCode = ref('');
  const stats = ref<ElderStatsDto | null>(null);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);
  let statsRequest = 0;

  async function fetchStats(code: string): Promise<void> {
    regionCode.value = code;
    const requestId = ++statsRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const answer = await getElderStatsApi(code || undefined);
      if (requestId === statsRequest) stats.value = answer;
    } catch (error) {
      if (requestId !== statsRequest) return;
      stats.value = null;
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === statsRequest) loading.value = false;
    }
  }

  function $reset(): void {
    statsRequest += 1;
    regionCode.value = '';
    stats.value = null;
    loading.value = false;
    errorCode.value = null;
  }

  return { regionCode, stats, loading, errorCode, fetchStats, $reset };
});
