import type { Schema } from '@canteen/api-client';

/** Response shapes of the kiosk endpoints, generated from the API's OpenAPI document. */
export type MenuItemDto = Schema<'MenuItemDto'>;
export type KioskMenuDto = Schema<'KioskMenuDto'>;
export type KioskDeviceInfoDto = Schema<'KioskDeviceInfoDto'>;
