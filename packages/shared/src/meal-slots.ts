/** Meal slots and the local-time arithmetic to find the current or next one. */
import { addDays } from './dates.js';

export const MealSlot = {
  BREAKFAST: 'BREAKFAST',
  LUNCH: 'LUNCH',
  DINNER: 'DINNER',
} as const;

export type MealSlot = (typeof MealSlot)[keyof typeof MealSlot];

export const MEAL_SLOTS: readonly MealSlot[] = [MealSlot.BREAKFAST, MealSlot.LUNCH, MealSlot.DINNER];

/** A slot's serving window in the canteen's local time, "HH:MM" 24-hour, start inclusive, end exclusive. */
export interface SlotWindow {
  slot: MealSlot;
  start: string;
  end: string;
}

export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface SlotOccurrence {
  serviceDate: string;
  slot: MealSlot;
  start: string;
  end: string;
  /** true when the slot is being served now; false when it is the next one to open. */
  isOpen: boolean;
}

/**
 * The slot being served at `time` on `date`, or else the next one to open (possibly on a later day).
 * Windows are sorted by start time; returns null when there are no windows at all.
 */
export function currentOrNextSlot(windows: readonly SlotWindow[], date: string, time: string): SlotOccurrence | null {
  if (windows.length === 0) return null;
  const sorted = [...windows].sort((a, b) => a.start.localeCompare(b.start));
  const open = sorted.find((window) => window.start <= time && time < window.end);
  if (open) return { serviceDate: date, ...open, isOpen: true };
  const laterToday = sorted.find((window) => window.start > time);
  if (laterToday) return { serviceDate: date, ...laterToday, isOpen: false };
  return { serviceDate: addDays(date, 1), ...sorted[0]!, isOpen: false };
}
