import type { MealSlot } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { KioskMenuDto, MenuItemDto } from '@/api';

/** No more than this many portions of one dish in one order. */
export const MAX_QTY_PER_DISH = 5;

export interface CartLine {
  menuItemId: string;
  name: string;
  /** The menu price, for the screen only: the server prices the order (quote). */
  priceFen: number;
  qty: number;
}

/** The meal a cart belongs to: the menu's date and slot. */
export interface CartMeal {
  serviceDate: string;
  slot: MealSlot;
}

export type AddResult = 'added' | 'soldOut' | 'limit';

/** What `syncWithMenu` changed, so the screen can say it. */
export interface CartSync {
  /** Names of dishes taken out (sold out, or gone from the menu). */
  removed: string[];
  /** Names of dishes whose count went down to what is left. */
  reduced: string[];
  /** The menu is now another meal: the cart was emptied. */
  mealChanged: boolean;
}

/** How many of `item` one order may hold: none when sold out, else up to 5 and never more than are left. */
export function maxQtyFor(item: Pick<MenuItemDto, 'soldOut' | 'portionsLeft'>): number {
  if (item.soldOut) return 0;
  return Math.max(0, Math.min(MAX_QTY_PER_DISH, item.portionsLeft));
}

/**
 * What is being ordered, for one meal (the menu's date and slot), eaten in (DINE_IN). In memory only,
 * and emptied with everything else when a visit ends.
 */
export const useCartStore = defineStore('cart', () => {
  const lines = ref<CartLine[]>([]);
  const serviceDate = ref<string | null>(null);
  const slot = ref<MealSlot | null>(null);
  const channel = 'DINE_IN' as const;

  const totalQty = computed(() => lines.value.reduce((sum, line) => sum + line.qty, 0));
  const isEmpty = computed(() => lines.value.length === 0);

  function qtyOf(menuItemId: string): number {
    return lines.value.find((line) => line.menuItemId === menuItemId)?.qty ?? 0;
  }

  function canAdd(item: MenuItemDto): boolean {
    return qtyOf(item.id) < maxQtyFor(item);
  }

  function isOtherMeal(meal: CartMeal): boolean {
    return serviceDate.value !== meal.serviceDate || slot.value !== meal.slot;
  }

  /** One more portion of `item` from the menu of `meal`; a dish of another meal starts a new cart. */
  function add(item: MenuItemDto, meal: CartMeal): AddResult {
    if (maxQtyFor(item) === 0) return 'soldOut';
    if (isOtherMeal(meal)) {
      lines.value = [];
      serviceDate.value = meal.serviceDate;
      slot.value = meal.slot;
    }
    const line = lines.value.find((candidate) => candidate.menuItemId === item.id);
    if (line) {
      if (line.qty >= maxQtyFor(item)) return 'limit';
      line.qty += 1;
    } else {
      lines.value.push({ menuItemId: item.id, name: item.name, priceFen: item.priceFen, qty: 1 });
    }
    return 'added';
  }

  /** One portion less; the dish leaves the cart at zero. */
  function remove(menuItemId: string): void {
    const index = lines.value.findIndex((line) => line.menuItemId === menuItemId);
    const line = lines.value[index];
    if (!line) return;
    if (line.qty > 1) line.qty -= 1;
    else lines.value.splice(index, 1);
    if (lines.value.length === 0) clearMeal();
  }

  function clearMeal(): void {
    serviceDate.value = null;
    slot.value = null;
  }

  /**
   * Brings the cart in line with a fresh menu: sold-out or vanished dishes leave it, counts come down to
   * what is left, names and prices follow the menu; a menu of another meal empties it.
   */
  function syncWithMenu(menu: KioskMenuDto): CartSync {
    const result: CartSync = { removed: [], reduced: [], mealChanged: false };
    if (lines.value.length === 0) return result;
    if (isOtherMeal(menu)) {
      $reset();
      return { ...result, mealChanged: true };
    }
    const kept: CartLine[] = [];
    for (const line of lines.value) {
      const item = menu.items.find((candidate) => candidate.id === line.menuItemId);
      const max = item ? maxQtyFor(item) : 0;
      if (!item || max === 0) {
        result.removed.push(line.name);
        continue;
      }
      if (line.qty > max) result.reduced.push(item.name);
      kept.push({ menuItemId: item.id, name: item.name, priceFen: item.priceFen, qty: Math.min(line.qty, max) });
    }
    lines.value = kept;
    if (kept.length === 0) clearMeal();
    return result;
  }

  function $reset(): void {
    lines.value = [];
    clearMeal();
  }

  return {
    lines,
    serviceDate,
    slot,
    channel,
    totalQty,
    isEmpty,
    qtyOf,
    canAdd,
    add,
    remove,
    syncWithMenu,
    $reset,
  };
});
