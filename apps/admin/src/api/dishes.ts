import { apiClient, request } from './client';
import type { CreateDishDto, DishDto, UpdateDishDto } from './types';

export function getDishesApi(canteenId: string): Promise<DishDto[]> {
  return request(apiClient.GET('/api/v1/canteens/{canteenId}/dishes', { params: { path: { canteenId } } }));
}

export function createDishApi(canteenId: string, body: CreateDishDto): Promise<DishDto> {
  return request(apiClient.POST('/api/v1/canteens/{canteenId}/dishes', { params: { path: { canteenId } }, body }));
}

export function updateDishApi(canteenId: string, dishId: string, body: UpdateDishDto): Promise<DishDto> {
  return request(
    apiClient.PATCH('/api/v1/canteens/{canteenId}/dishes/{dishId}', { params: { path: { canteenId, dishId } }, body }),
  );
}
