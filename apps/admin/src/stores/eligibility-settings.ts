import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getEligibilitySettingApi, putEligibilitySettingApi } from '@/api/eligibility-settings';
import type { EligibilitySettingDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

/** The review interval of one district (county-level region). */
export const useEligibilitySettingsStore = defineStore('eligibilitySettings', () => {
  const settings = ref<EligibilitySettingDto | null>(null);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  async function load(regionCode: string): Promise<void> {
    if (settings.value?.regionCode !== regionCode) settings.value = null;
    loading.value = true;
    errorCode.value = null;
    try {
      settings.value = await getEligibilitySettingApi(regionCode);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  /** Throws the API error. */
  async function save(regionCode: string, reviewIntervalMonths: number): Promise<EligibilitySettingDto> {
    settings.value = await putEligibilitySettingApi(regionCode, reviewIntervalMonths);
    return settings.value;
  }

  function $reset(): void {
    settings.value = null;
    loading.value = false;
    errorCode.value = null;
  }

  return { settings, loading, errorCode, load, save, $reset };
});
