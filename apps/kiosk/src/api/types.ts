import type { Schema } from '@canteen/api-client';

/** Request and response shapes of the kiosk endpoints, generated from the API's OpenAPI document. */
export type MenuItemDto = Schema<'MenuItemDto'>;
export type KioskMenuDto = Schema<'KioskMenuDto'>;
export type KioskDeviceInfoDto = Schema<'KioskDeviceInfoDto'>;
/** `POST /api/v1/kiosk/identify`: `{ method: 'CARD' | 'ID_NUMBER', value }`. */
export type KioskIdentifyDto = Schema<'KioskIdentifyDto'>;
export type KioskIdentifyMethod = KioskIdentifyDto['method'];
/** Who is at the kiosk: a masked name ("张*华"), a photo and the entitlement, nothing else. */
export type KioskIdentityDto = Schema<'KioskIdentityDto'>;
