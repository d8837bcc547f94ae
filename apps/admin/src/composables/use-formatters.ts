import { DEFAULT_TIME_ZONE, formatYuan } from '@canteen/shared';
import { useI18n } from 'vue-i18n';

/** Locale-aware display of money, dates and instants. */
export function useFormatters() {
  const { t, locale } = useI18n();

  function yuan(fen: number): string {
    return t('common.yuanAmount', { amount: formatYuan(fen) });
  }

  /** "周一" / "Mon" for a "YYYY-MM-DD" calendar date. */
  function weekday(date: string): string {
    return new Intl.DateTimeFormat(locale.value, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }

  /** "11/23" / "11/23": month and day of a calendar date. */
  function monthDay(date: string): string {
    return new Intl.DateTimeFormat(locale.value, { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }

  function dateTime(instant: string | null, timeZone: string = DEFAULT_TIME_ZONE): string {
    if (!instant) return '';
    return new Intl.DateTimeFormat(locale.value, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(instant));
  }

  return { yuan, weekday, monthDay, dateTime };
}
