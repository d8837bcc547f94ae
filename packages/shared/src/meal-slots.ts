/** Meal slots and the local-time arithmetic to find the current or next one. */
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
export const SERVICE_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The local date ("YYYY-MM-DD") and time ("HH:MM") of an instant in a time zone. */
export function localDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** "2026-11-23" + n days, as a calendar date (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day + days));
  return utc.toISOString().slice(0, 10);
}

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
