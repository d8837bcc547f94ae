import type { paths, Schema } from '@canteen/api-client';

/*
 * The API's shapes, generated from its OpenAPI document (packages/api-client/openapi.json). The admin
 * uses these names everywhere; nothing here is written by hand except the query type's lookup.
 */

export type UserDto = Schema<'UserDto'>;
export type LoginDto = Schema<'LoginDto'>;
export type LoginResponseDto = Schema<'LoginResponseDto'>;
export type RegionDto = Schema<'RegionDto'>;
export type SlotWindowDto = Schema<'SlotWindowDto'>;
export type CanteenDto = Schema<'CanteenDto'>;
export type CanteenPageDto = Schema<'CanteenPageDto'>;
export type CreateCanteenDto = Schema<'CreateCanteenDto'>;
export type UpdateCanteenDto = Schema<'UpdateCanteenDto'>;
export type DishDto = Schema<'DishDto'>;
export type CreateDishDto = Schema<'CreateDishDto'>;
export type UpdateDishDto = Schema<'UpdateDishDto'>;
export type MenuItemDto = Schema<'MenuItemDto'>;
export type DailyMenuDto = Schema<'DailyMenuDto'>;
export type MenuItemInputDto = Schema<'MenuItemInputDto'>;
export type PutDailyMenuDto = Schema<'PutDailyMenuDto'>;
export type CopyDailyMenusDto = Schema<'CopyDailyMenusDto'>;
export type CopyDailyMenusResultDto = Schema<'CopyDailyMenusResultDto'>;
export type KioskDeviceDto = Schema<'KioskDeviceDto'>;
export type RegisterKioskDeviceDto = Schema<'RegisterKioskDeviceDto'>;
export type RegisteredKioskDeviceDto = Schema<'RegisteredKioskDeviceDto'>;

/** `?regionCode&status&q&page&pageSize` of GET /api/v1/canteens. */
export type CanteenQuery = NonNullable<paths['/api/v1/canteens']['get']['parameters']['query']>;
