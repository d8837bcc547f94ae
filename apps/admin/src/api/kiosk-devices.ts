import { apiClient, request } from './client';
import type { KioskDeviceDto, RegisterKioskDeviceDto, RegisteredKioskDeviceDto } from './types';

export function getKioskDevicesApi(canteenId: string): Promise<KioskDeviceDto[]> {
  return request(apiClient.GET('/api/v1/kiosk-devices', { params: { query: { canteenId } } }));
}

/** The answer carries the device token; the API never shows it again. */
export function registerKioskDeviceApi(body: RegisterKioskDeviceDto): Promise<RegisteredKioskDeviceDto> {
  return request(apiClient.POST('/api/v1/kiosk-devices', { body }));
}

export function revokeKioskDeviceApi(id: string): Promise<KioskDeviceDto> {
  return request(apiClient.POST('/api/v1/kiosk-devices/{id}/revoke', { params: { path: { id } } }));
}
