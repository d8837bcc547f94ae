import type { DailyMenuItemEntity } from './daily-menu-item.entity.js';
import type { DailyMenuEntity } from './daily-menu.entity.js';
import type { DishEntity } from './dish.entity.js';
import type { DailyMenuDto, MenuItemDto } from './dto/daily-menu.dto.js';
import type { DishDto } from './dto/dish.dto.js';

export function toDishDto(dish: DishEntity): DishDto {
  return {
    id: dish.id,
    canteenId: dish.canteenId,
    name: dish.name,
    description: dish.description,
    photoUrl: dish.photoUrl,
    priceFen: dish.priceFen,
    dietTags: dish.dietTags,
    allergens: dish.allergens,
    active: dish.active,
  };
}

export function toMenuItemDto(item: DailyMenuItemEntity): MenuItemDto {
  const portionsLeft = Math.max(0, item.portions - item.portionsSold);
  return {
    id: item.id,
    dishId: item.dishId,
    name: item.dish.name,
    description: item.dish.description,
    photoUrl: item.dish.photoUrl,
    priceFen: item.priceFen,
    portions: item.portions,
    portionsLeft,
    soldOut: portionsLeft === 0,
    dietTags: item.dish.dietTags,
    allergens: item.dish.allergens,
  };
}

export function toDailyMenuDto(menu: DailyMenuEntity): DailyMenuDto {
  return {
    id: menu.id,
    canteenId: menu.canteenId,
    serviceDate: menu.serviceDate,
    slot: menu.slot,
    items: menu.items.map(toMenuItemDto),
  };
}
