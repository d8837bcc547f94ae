import type { MealSlot } from '@canteen/shared';
import { apiClient, request } from './client';
import type { CopyDailyMenusDto, CopyDailyMenusResultDto, DailyMenuDto, PutDailyMenuDto } from './types';

export function getDailyMenusApi(canteenId: string, from: string, to: string): Promise<DailyMenuDto[]> {
  return request(
    apiClient.GET('/api/v1/canteens/{canteenId}/daily-menus', { params: { path: { canteenId }, query: { from, to } } }),
  );
}

export function putDailyMenuApi(
  canteenId: string,
  serviceDate: string,
  slot: MealSlot,
  body: PutDailyMenuDto,
): Promise<DailyMenuDto> {
  return request(
    apiClient.PUT('/api/v1/canteens/{canteenId}/daily-menus/{serviceDate}/{slot}', {
      params: { path: { canteenId, serviceDate, slot } },
      body,
    }),
  );
}

export function copyDailyMenuApi(canteenId: string, body: CopyDailyMenusDto): Promise<CopyDailyMenusResultDto> {
  return request(apiClient.POST('/api/v1/canteens/{canteenId}/daily-menus/copy', { params: { path: { canteenId } }, body }));
}
