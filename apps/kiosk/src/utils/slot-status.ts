import type { KioskMenuDto } from '@/api';
import { formatShortDate, serviceDayOf } from './service-time';

type Translate = (key: string, named: Record<string, string>) => string;

/**
 * The meal being served, in words: "午餐正在供应，11:00 到 13:30", or plainly when the next one opens:
 * "午餐 11:00 开始供应" / "明天早餐 07:00 开始供应" / "11月26日 晚餐 17:00 开始供应".
 */
export function slotStatusText(menu: KioskMenuDto, now: Date, timeZone: string, locale: string, t: Translate): string {
  const slot = t(`slots.${menu.slot}`, {});
  if (menu.isOpen) return t('menu.servingNow', { slot, start: menu.start, end: menu.end });
  switch (serviceDayOf(menu.serviceDate, now, timeZone)) {
    case 'today':
      return t('menu.opensAt', { slot, time: menu.start });
    case 'tomorrow':
      return t('menu.opensTomorrow', { slot, time: menu.start });
    default:
      return t('menu.opensAtOnDate', { date: formatShortDate(menu.serviceDate, locale), slot, time: menu.start });
  }
}
