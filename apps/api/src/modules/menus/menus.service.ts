import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { daysBetween, ErrorCode, type MealSlot } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CanteenAccessService } from '../canteens/canteen-access.service.js';
import type { CanteenEntity } from '../canteens/canteen.entity.js';
import { DishEntity } from './dish.entity.js';
import type { CopyDailyMenusDto, CopyDailyMenusResultDto, DailyMenuDto, PutDailyMenuDto } from './dto/daily-menu.dto.js';
import type { CreateDishDto, DishDto, UpdateDishDto } from './dto/dish.dto.js';
import { toDailyMenuDto, toDishDto } from './menu.mapper.js';
import { type MenuItemInput, MenusRepository } from './menus.repository.js';

export const MAX_MENU_RANGE_DAYS = 62;

/** Dishes and daily menus of a canteen, for its staff and the officials over it. */
@Injectable()
export class MenusService {
  constructor(
    private readonly access: CanteenAccessService,
    private readonly menus: MenusRepository,
  ) {}

  async listDishes(actor: StaffActor, canteenId: string): Promise<DishDto[]> {
    await this.access.getReadable(actor, canteenId);
    return (await this.menus.findDishesOfCanteen(canteenId)).map(toDishDto);
  }

  async createDish(actor: StaffActor, canteenId: string, dto: CreateDishDto): Promise<DishDto> {
    await this.access.getManageable(actor, canteenId);
    const dish = Object.assign(new DishEntity(), {
      id: randomUUID(),
      canteenId,
      name: dto.name,
      description: dto.description ?? '',
      photoUrl: dto.photoUrl ?? null,
      priceFen: dto.priceFen,
      dietTags: dto.dietTags ?? [],
      allergens: dto.allergens ?? [],
      active: dto.active ?? true,
    });
    return toDishDto(await this.menus.saveDish(dish));
  }

  async updateDish(actor: StaffActor, canteenId: string, dishId: string, dto: UpdateDishDto): Promise<DishDto> {
    await this.access.getManageable(actor, canteenId);
    const dish = await this.menus.findDishOfCanteen(canteenId, dishId);
    if (!dish) throw DomainException.notFound(ErrorCode.DISH_NOT_FOUND, 'No such dish in this canteen');
    Object.assign(dish, dto);
    return toDishDto(await this.menus.saveDish(dish));
  }

  async listDailyMenus(actor: StaffActor, canteenId: string, from: string, to: string): Promise<DailyMenuDto[]> {
    await this.access.getReadable(actor, canteenId);
    const span = daysBetween(from, to);
    if (span < 0) throw DomainException.invalidField('to', 'notBeforeFrom', '`to` must not be before `from`');
    if (span >= MAX_MENU_RANGE_DAYS) {
      throw DomainException.invalidField('to', 'maxRange', `At most ${MAX_MENU_RANGE_DAYS} days at once`);
    }
    return (await this.menus.findMenusBetween(canteenId, from, to)).map(toDailyMenuDto);
  }

  async putDailyMenu(
    actor: StaffActor,
    canteenId: string,
    serviceDate: string,
    slot: MealSlot,
    dto: PutDailyMenuDto,
  ): Promise<DailyMenuDto> {
    const canteen = await this.access.getManageable(actor, canteenId);
    this.assertSlotServed(canteen, slot);
    await this.assertDishesOfCanteen(canteenId, dto.items);
    await this.assertPortionsCoverSold(canteenId, serviceDate, slot, dto.items);
    await this.menus.replaceMenuItems(canteenId, serviceDate, slot, dto.items);
    const menu = await this.menus.findMenu(canteenId, serviceDate, slot);
    return toDailyMenuDto(menu!);
  }

  /** Copies every slot's menu of one day onto other days, replacing what they had. */
  async copyDay(actor: StaffActor, canteenId: string, dto: CopyDailyMenusDto): Promise<CopyDailyMenusResultDto> {
    const canteen = await this.access.getManageable(actor, canteenId);
    if (dto.toDates.includes(dto.fromDate)) {
      throw DomainException.invalidField('toDates', 'notSource', 'Cannot copy a day onto itself');
    }
    const source = await this.menus.findMenusBetween(canteenId, dto.fromDate, dto.fromDate);
    let copied = 0;
    for (const menu of source) {
      if (!canteen.slots.some((window) => window.slot === menu.slot)) continue;
      const items = menu.items.map((item) => ({ dishId: item.dishId, priceFen: item.priceFen, portions: item.portions }));
      for (const date of dto.toDates) {
        await this.assertPortionsCoverSold(canteenId, date, menu.slot, items);
        await this.menus.replaceMenuItems(canteenId, date, menu.slot, items);
        copied += 1;
      }
    }
    return { copied };
  }

  private assertSlotServed(canteen: CanteenEntity, slot: MealSlot): void {
    if (!canteen.slots.some((window) => window.slot === slot)) {
      throw new DomainException(ErrorCode.MENU_SLOT_NOT_SERVED, 422, 'This canteen does not serve that meal slot', [
        { field: 'slot', constraint: 'servedSlot' },
      ]);
    }
  }

  private async assertDishesOfCanteen(canteenId: string, items: readonly MenuItemInput[]): Promise<void> {
    const known = await this.menus.findDishIdsOfCanteen(
      canteenId,
      items.map((item) => item.dishId),
    );
    const index = items.findIndex((item) => !known.has(item.dishId));
    if (index >= 0) {
      throw DomainException.invalidField(`items.${index}.dishId`, 'dishOfCanteen', 'Every dish must belong to this canteen');
    }
  }

  private async assertPortionsCoverSold(
    canteenId: string,
    serviceDate: string,
    slot: MealSlot,
    items: readonly MenuItemInput[],
  ): Promise<void> {
    const current = await this.menus.findMenu(canteenId, serviceDate, slot);
    if (!current) return;
    const kept = new Map(items.map((item, index) => [item.dishId, { item, index }]));
    for (const existing of current.items) {
      if (existing.portionsSold === 0) continue;
      const next = kept.get(existing.dishId);
      if (!next) {
        throw DomainException.invalidField('items', 'keepsSoldDishes', 'A dish already ordered cannot be removed');
      }
      if (next.item.portions < existing.portionsSold) {
        throw DomainException.invalidField(
          `items.${next.index}.portions`,
          'coversSold',
          'Portions cannot go below those already ordered',
        );
      }
    }
  }
}
