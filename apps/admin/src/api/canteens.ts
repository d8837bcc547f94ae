import { apiClient, request } from './client';
import type { CanteenDto, CanteenPageDto, CanteenQuery, CreateCanteenDto, UpdateCanteenDto } from './types';

export function getCanteensApi(query: CanteenQuery): Promise<CanteenPageDto> {
  return request(apiClient.GET('/api/v1/canteens', { params: { query } }));
}

export function getCanteenApi(id: string): Promise<CanteenDto> {
  return request(apiClient.GET('/api/v1/canteens/{id}', { params: { path: { id } } }));
}

export function createCanteenApi(body: CreateCanteenDto): Promise<CanteenDto> {
  return request(apiClient.POST('/api/v1/canteens', { body }));
}

export function updateCanteenApi(id: string, body: UpdateCanteenDto): Promise<CanteenDto> {
  return request(apiClient.PATCH('/api/v1/canteens/{id}', { params: { path: { id } }, body }));
}
