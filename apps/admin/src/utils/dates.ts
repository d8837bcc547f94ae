import { addDays, DEFAULT_TIME_ZONE, localDateTime, SERVICE_DATE_PATTERN } from '@canteen/shared';

/** Today's business date ("YYYY-MM-DD") in a canteen's time zone. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return localDateTime(now, timeZone).date;
}

/** Day of the week of a calendar date, Monday = 0 … Sunday = 6 (Chinese weeks start on Monday). */
export function weekdayIndex(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The Monday of the week a date falls in. */
export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** The seven dates of the week starting at `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, offset) => addDays(monday, offset));
}

export function isServiceDate(value: unknown): value is string {
  return typeof value === 'string' && SERVICE_DATE_PATTERN.test(value);
}
