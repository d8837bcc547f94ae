import type { Allergen, CanteenKind, CanteenStatus, DietTag, MealSlot, RegionLevel, Role } from '@canteen/shared';

/*
 * Shapes of docs/api-contract.md. Written by hand until packages/api-client/openapi.json exists;
 * then each becomes `Schema<'Name'>` from @canteen/api-client.
 */

export interface UserDto {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  canteenId: string | null;
}

export interface LoginDto {
  username: string;
  password: string;
}

export interface LoginResultDto {
  accessToken: string;
  user: UserDto;
}

export interface RegionDto {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface SlotWindowDto {
  slot: MealSlot;
  start: string;
  end: string;
}

export interface CanteenDto {
  id: string;
  code: string;
  name: string;
  kind: CanteenKind;
  regionCode: string;
  regionName: string;
  address: string;
  status: CanteenStatus;
  openedOn: string | null;
  seats: number;
  dailyCapacity: number;
  timeZone: string;
  slots: SlotWindowDto[];
}

export interface CreateCanteenDto {
  code: string;
  name: string;
  kind: CanteenKind;
  regionCode: string;
  address: string;
  status: CanteenStatus;
  openedOn: string | null;
  seats: number;
  dailyCapacity: number;
  slots: SlotWindowDto[];
}

export type UpdateCanteenDto = Partial<CreateCanteenDto>;

export interface CanteenPageDto {
  items: CanteenDto[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CanteenQuery {
  regionCode?: string;
  status?: CanteenStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

export interface DishDto {
  id: string;
  canteenId: string;
  name: string;
  description: string;
  photoUrl: string | null;
  priceFen: number;
  dietTags: DietTag[];
  allergens: Allergen[];
  active: boolean;
}

export interface CreateDishDto {
  name: string;
  description: string;
  priceFen: number;
  dietTags: DietTag[];
  allergens: Allergen[];
  active: boolean;
}

export type UpdateDishDto = Partial<CreateDishDto>;

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

export interface DailyMenuDto {
  id: string;
  canteenId: string;
  serviceDate: string;
  slot: MealSlot;
  items: MenuItemDto[];
}

export interface DailyMenuItemInput {
  dishId: string;
  priceFen: number;
  portions: number;
}

export interface PutDailyMenuDto {
  items: DailyMenuItemInput[];
}

export interface CopyDailyMenuDto {
  fromDate: string;
  toDates: string[];
}

export interface CopyDailyMenuResultDto {
  copied: number;
}

export interface KioskDeviceDto {
  id: string;
  canteenId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

export interface RegisterKioskDeviceDto {
  canteenId: string;
  name: string;
}

export type RegisteredKioskDeviceDto = KioskDeviceDto & { token: string };
