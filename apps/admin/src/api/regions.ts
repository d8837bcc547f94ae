import { apiClient, request } from './client';
import type { RegionDto } from './types';

export function getRegionsApi(): Promise<RegionDto[]> {
  return request(apiClient.GET('/api/v1/regions'));
}
