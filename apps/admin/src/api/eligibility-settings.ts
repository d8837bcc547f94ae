import { apiClient, request } from './client';
import type { EligibilitySettingDto } from './types';

export function getEligibilitySettingApi(regionCode: string): Promise<EligibilitySettingDto> {
  return request(apiClient.GET('/api/v1/eligibility-settings/{regionCode}', { params: { path: { regionCode } } }));
}

export function putEligibilitySettingApi(regionCode: string, reviewIntervalMonths: number): Promise<EligibilitySettingDto> {
  return request(
    apiClient.PUT('/api/v1/eligibility-settings/{regionCode}', { params: { path: { regionCode } }, body: { reviewIntervalMonths } }),
  );
}
