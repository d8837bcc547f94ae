import type { Allergen, DietTag, MealSlot } from '@canteen/shared';

/*
 * Interim shapes from docs/api-contract.md, until packages/api-client/openapi.json exists; then these
 * become aliases of the generated `Schema<'…'>` types.
 */

export interface MenuItemDto {
  id: string;
  dishId: string;
  name: string;
  description: string;
  photoUrl: string | null;
  priceFen: number;
  portions: number;
  portionsLeft: number;
  soldOut: boolean;
  dietTags: DietTag[];
  allergens: Allergen[];
}

export interface KioskMenuDto {
  canteen: { id: string; name: string };
  serviceDate: string;
  slot: MealSlot;
  start: string;
  end: string;
  isOpen: boolean;
  items: MenuItemDto[];
}

export interface KioskDeviceInfoDto {
  deviceId: string;
  deviceName: string;
  canteen: { id: string; name: string; address: string; timeZone: string };
}
