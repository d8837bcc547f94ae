import { addDays, type ErrorCode, type MealSlot } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { copyDailyMenuApi, getDailyMenusApi, putDailyMenuApi } from '@/api/daily-menus';
import { createDishApi, getDishesApi, updateDishApi } from '@/api/dishes';
import type { CreateDishDto, DailyMenuDto, MenuItemInputDto, DishDto, UpdateDishDto } from '@/api/types';
import { weekDates } from '@/utils/dates';
import { errorCodeOf } from '@/utils/errors';

/** One canteen's dishes and the daily menus of the week on screen. */
export const useMenuStore = defineStore('menu', () => {
  const canteenId = ref<string | null>(null);

  const dishes = ref<DishDto[]>([]);
  const dishesLoading = ref(false);
  const dishesErrorCode = ref<ErrorCode | null>(null);
  const dishesLoaded = ref(false);

  const weekStart = ref<string | null>(null);
  const dailyMenus = ref<DailyMenuDto[]>([]);
  const menusLoading = ref(false);
  const menusErrorCode = ref<ErrorCode | null>(null);

  const activeDishes = computed(() => dishes.value.filter((dish) => dish.active));
  const days = computed(() => (weekStart.value ? weekDates(weekStart.value) : []));

  function menuFor(serviceDate: string, slot: MealSlot): DailyMenuDto | undefined {
    return dailyMenus.value.find((menu) => menu.serviceDate === serviceDate && menu.slot === slot);
  }

  function switchCanteen(id: string): void {
    if (canteenId.value === id) return;
    $reset();
    canteenId.value = id;
  }

  function requireCanteen(): string {
    if (!canteenId.value) throw new Error('no canteen selected: load dishes or a week first');
    return canteenId.value;
  }

  async function loadDishes(id: string): Promise<void> {
    switchCanteen(id);
    dishesLoading.value = true;
    dishesErrorCode.value = null;
    try {
      dishes.value = await getDishesApi(id);
      dishesLoaded.value = true;
    } catch (error) {
      dishesErrorCode.value = errorCodeOf(error);
    } finally {
      dishesLoading.value = false;
    }
  }

  /** Loads the dishes once (the menu editor needs them even when the dish tab was never opened). */
  async function ensureDishes(id: string): Promise<void> {
    switchCanteen(id);
    if (!dishesLoaded.value && !dishesLoading.value) await loadDishes(id);
  }

  async function createDish(body: CreateDishDto): Promise<DishDto> {
    const created = await createDishApi(requireCanteen(), body);
    dishes.value.push(created);
    return created;
  }

  async function updateDish(dishId: string, body: UpdateDishDto): Promise<DishDto> {
    const saved = await updateDishApi(requireCanteen(), dishId, body);
    const index = dishes.value.findIndex((dish) => dish.id === saved.id);
    if (index >= 0) dishes.value.splice(index, 1, saved);
    return saved;
  }

  // The newest week asked for wins, however the answers arrive.
  let weekRequest = 0;

  async function loadWeek(id: string, monday: string): Promise<void> {
    switchCanteen(id);
    weekStart.value = monday;
    const requestId = ++weekRequest;
    menusLoading.value = true;
    menusErrorCode.value = null;
    try {
      const menus = await getDailyMenusApi(id, monday, addDays(monday, 6));
      if (requestId === weekRequest) dailyMenus.value = menus;
    } catch (error) {
      if (requestId === weekRequest) {
        dailyMenus.value = [];
        menusErrorCode.value = errorCodeOf(error);
      }
    } finally {
      if (requestId === weekRequest) menusLoading.value = false;
    }
  }

  async function saveDailyMenu(serviceDate: string, slot: MealSlot, items: MenuItemInputDto[]): Promise<DailyMenuDto> {
    const saved = await putDailyMenuApi(requireCanteen(), serviceDate, slot, { items });
    const index = dailyMenus.value.findIndex((menu) => menu.serviceDate === serviceDate && menu.slot === slot);
    if (index >= 0) dailyMenus.value.splice(index, 1, saved);
    else dailyMenus.value.push(saved);
    return saved;
  }

  /** Copies every slot of `fromDate` onto each target date (replacing), then shows the week as saved. */
  async function copyDay(fromDate: string, toDates: string[]): Promise<number> {
    const id = requireCanteen();
    const { copied } = await copyDailyMenuApi(id, { fromDate, toDates });
    if (weekStart.value) await loadWeek(id, weekStart.value);
    return copied;
  }

  function $reset(): void {
    weekRequest += 1;
    canteenId.value = null;
    dishes.value = [];
    dishesLoading.value = false;
    dishesErrorCode.value = null;
    dishesLoaded.value = false;
    weekStart.value = null;
    dailyMenus.value = [];
    menusLoading.value = false;
    menusErrorCode.value = null;
  }

  return {
    canteenId,
    dishes,
    dishesLoading,
    dishesErrorCode,
    dishesLoaded,
    weekStart,
    dailyMenus,
    menusLoading,
    menusErrorCode,
    activeDishes,
    days,
    menuFor,
    loadDishes,
    ensureDishes,
    createDish,
    updateDish,
    loadWeek,
    saveDailyMenu,
    copyDay,
    $reset,
  };
});
