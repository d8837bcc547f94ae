import { addDays, DEFAULT_TIME_ZONE, localDateTime } from '@canteen/shared';

/** A business date ("2026-11-23") in words: "2026年11月23日星期一" / "Monday, November 23, 2026". */
export function formatServiceDate(serviceDate: string, locale: string): string {
  const [year, month, day] = serviceDate.split('-').map(Number) as [number, number, number];
  // The date carries no time zone; format it as the calendar day it names.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A short date without the year: "11月23日" / "Nov 23". */
export function formatShortDate(serviceDate: string, locale: string): string {
  const [year, month, day] = serviceDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export type ServiceDay = 'past' | 'today' | 'tomorrow' | 'later';

/** Where `serviceDate` lies relative to today in the canteen's time zone. */
export function serviceDayOf(serviceDate: string, now: Date, timeZone: string = DEFAULT_TIME_ZONE): ServiceDay {
  const today = localDateTime(now, timeZone).date;
  if (serviceDate === today) return 'today';
  if (serviceDate === addDays(today, 1)) return 'tomorrow';
  return serviceDate < today ? 'past' : 'later';
}

/** "11:32" in the canteen's time zone, or "11月22日 11:32" when the instant is not today. */
export function formatLocalTime(instant: Date, now: Date, timeZone: string, locale: string): string {
  const local = localDateTime(instant, timeZone);
  if (local.date === localDateTime(now, timeZone).date) return local.time;
  return `${formatShortDate(local.date, locale)} ${local.time}`;
}
