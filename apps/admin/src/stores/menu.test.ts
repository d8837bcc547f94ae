import { ApiError } from '@canteen/api-client';
import { ErrorCode, MealSlot } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { copyDailyMenuApi, getDailyMenusApi, putDailyMenuApi } from '@/api/daily-menus';
import { createDishApi, getDishesApi } from '@/api/dishes';
import type { DailyMenuDto, DishDto } from '@/api/types';
import { useMenuStore } from './menu';

vi.mock('@/api/dishes', () => ({ getDishesApi: vi.fn(), createDishApi: vi.fn(), updateDishApi: vi.fn() }));
vi.mock('@/api/daily-menus', () => ({ getDailyMenusApi: vi.fn(), putDailyMenuApi: vi.fn(), copyDailyMenuApi: vi.fn() }));

const CANTEEN = 'c0000000-0000-4000-8000-000000000001';

function dish(name: string, active = true): DishDto {
  return {
    id: `dish-${name}`,
    canteenId: CANTEEN,
    name,
    description: '',
    photoUrl: null,
    priceFen: 1200,
    dietTags: [],
    allergens: [],
    active,
  };
}

function menu(serviceDate: string, slot: MealSlot, dishes: DishDto[] = [dish('番茄炒蛋')]): DailyMenuDto {
  return {
    id: `${serviceDate}-${slot}`,
    canteenId: CANTEEN,
    serviceDate,
    slot,
    items: dishes.map((item) => ({
      id: `item-${item.id}`,
      dishId: item.id,
      name: item.name,
      description: '',
      photoUrl: null,
      priceFen: item.priceFen,
      portions: 50,
      portionsLeft: 50,
      soldOut: false,
      dietTags: [],
      allergens: [],
    })),
  };
}

describe('useMenuStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getDishesApi).mockReset();
    vi.mocked(createDishApi).mockReset();
    vi.mocked(getDailyMenusApi).mockReset();
    vi.mocked(putDailyMenuApi).mockReset();
    vi.mocked(copyDailyMenuApi).mockReset();
  });

  it('should load a Monday-to-Sunday week and find each day-slot menu', async () => {
    const lunch = menu('2026-11-25', MealSlot.LUNCH);
    vi.mocked(getDailyMenusApi).mockResolvedValue([lunch]);
    const sut = useMenuStore();

    await sut.loadWeek(CANTEEN, '2026-11-23');

    expect(getDailyMenusApi).toHaveBeenCalledWith(CANTEEN, '2026-11-23', '2026-11-29');
    expect(sut.days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(sut.menuFor('2026-11-25', MealSlot.LUNCH)).toEqual(lunch);
    expect(sut.menuFor('2026-11-25', MealSlot.DINNER)).toBeUndefined();
  });

  it('should put a saved day-slot menu into the week in place', async () => {
    vi.mocked(getDailyMenusApi).mockResolvedValue([menu('2026-11-23', MealSlot.LUNCH)]);
    const saved = menu('2026-11-23', MealSlot.LUNCH, [dish('清蒸鲈鱼'), dish('蒜蓉菜心')]);
    vi.mocked(putDailyMenuApi).mockResolvedValue(saved);
    const sut = useMenuStore();
    await sut.loadWeek(CANTEEN, '2026-11-23');
    const items = [
      { dishId: 'dish-清蒸鲈鱼', priceFen: 1500, portions: 30 },
      { dishId: 'dish-蒜蓉菜心', priceFen: 600, portions: 40 },
    ];

    await sut.saveDailyMenu('2026-11-23', MealSlot.LUNCH, items);

    expect(putDailyMenuApi).toHaveBeenCalledWith(CANTEEN, '2026-11-23', 'LUNCH', { items });
    expect(sut.dailyMenus).toEqual([saved]);
  });

  it('should copy a day to other dates and then show the week as the server has it', async () => {
    vi.mocked(getDailyMenusApi).mockResolvedValueOnce([menu('2026-11-23', MealSlot.LUNCH)]);
    const afterCopy = ['2026-11-23', '2026-11-24', '2026-11-25'].map((date) => menu(date, MealSlot.LUNCH));
    vi.mocked(getDailyMenusApi).mockResolvedValueOnce(afterCopy);
    vi.mocked(copyDailyMenuApi).mockResolvedValue({ copied: 2 });
    const sut = useMenuStore();
    await sut.loadWeek(CANTEEN, '2026-11-23');

    await expect(sut.copyDay('2026-11-23', ['2026-11-24', '2026-11-25'])).resolves.toBe(2);

    expect(copyDailyMenuApi).toHaveBeenCalledWith(CANTEEN, { fromDate: '2026-11-23', toDates: ['2026-11-24', '2026-11-25'] });
    expect(sut.dailyMenus).toEqual(afterCopy);
  });

  it('should expose the error code when the week cannot be loaded', async () => {
    vi.mocked(getDailyMenusApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.OUT_OF_SCOPE, message: 'no' }));
    const sut = useMenuStore();

    await sut.loadWeek(CANTEEN, '2026-11-23');

    expect(sut.menusErrorCode).toBe(ErrorCode.OUT_OF_SCOPE);
    expect(sut.menusLoading).toBe(false);
  });

  it('should list active dishes and add a created dish', async () => {
    vi.mocked(getDishesApi).mockResolvedValue([dish('番茄炒蛋'), dish('红烧肉', false)]);
    vi.mocked(createDishApi).mockResolvedValue(dish('山药排骨汤'));
    const sut = useMenuStore();
    await sut.loadDishes(CANTEEN);

    await sut.createDish({ name: '山药排骨汤', description: '', priceFen: 1200, dietTags: [], allergens: [], active: true });

    expect(sut.activeDishes.map((item) => item.name)).toEqual(['番茄炒蛋', '山药排骨汤']);
    expect(createDishApi).toHaveBeenCalledWith(CANTEEN, expect.objectContaining({ name: '山药排骨汤', priceFen: 1200 }));
  });

  it('should start from nothing when another canteen is opened', async () => {
    vi.mocked(getDishesApi).mockResolvedValueOnce([dish('番茄炒蛋')]).mockResolvedValueOnce([]);
    const sut = useMenuStore();
    await sut.loadDishes(CANTEEN);

    await sut.loadDishes('c0000000-0000-4000-8000-000000000002');

    expect(sut.dishes).toEqual([]);
    expect(sut.canteenId).toBe('c0000000-0000-4000-8000-000000000002');
  });
});
