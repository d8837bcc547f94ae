import { localDateTime } from '@canteen/shared';

/** Zone offsets (ms ahead of UTC) already worked out, by zone, date and hour: formatting is the slow part. */
const offsets = new Map<string, number>();

/**
 * The instant at which a canteen's clock shows `date` and `secondOfDay` (seconds after local midnight).
 * Computed from the zone's own offset at that hour, so it holds for any time zone away from a change of
 * offset (Asia/Shanghai has none).
 */
export function zonedInstant(date: string, secondOfDay: number, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day) + secondOfDay * 1000;
  const key = `${timeZone}|${date}|${Math.floor(secondOfDay / 3600)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const hourStart = asUtc - (asUtc % 3_600_000);
    const local = localDateTime(new Date(hourStart), timeZone);
    const [localYear, localMonth, localDay] = local.date.split('-').map(Number) as [number, number, number];
    const [localHour, localMinute] = local.time.split(':').map(Number) as [number, number];
    offset = Date.UTC(localYear, localMonth - 1, localDay, localHour, localMinute) - hourStart;
    offsets.set(key, offset);
  }
  return new Date(asUtc - offset);
}

/** "HH:MM" → seconds after midnight. */
export function secondsOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 3600 + minutes * 60;
}

/** The first day of the month before `date`'s month ("2026-12-02" → "2026-11-01"). */
export function firstOfPreviousMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const previous = new Date(Date.UTC(year, month - 2, 1));
  return previous.toISOString().slice(0, 10);
}

/** "2026-11" → "2026-12" (n = 1) or "2026-10" (n = -1). */
export function shiftMonth(month: string, n: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber - 1 + n, 1)).toISOString().slice(0, 7);
}
