import type { CanteenStatus } from '@canteen/shared';
import type { SlotWindowDto } from '@/api/types';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const STATUS_TAG_TYPES: Record<CanteenStatus, TagType> = {
  PLANNED: 'info',
  OPEN: 'success',
  SUSPENDED: 'warning',
  CLOSED: 'danger',
};

/** "午餐 11:00–13:30 · 晚餐 17:00–19:00", slots in serving order. */
export function slotSummary(slots: readonly SlotWindowDto[], slotName: (slot: SlotWindowDto['slot']) => string): string {
  return [...slots]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((window) => `${slotName(window.slot)} ${window.start}–${window.end}`)
    .join(' · ');
}

/** "早餐 · 午餐": just the meals served, for a narrow table column. */
export function slotNames(slots: readonly SlotWindowDto[], slotName: (slot: SlotWindowDto['slot']) => string): string {
  return [...slots]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((window) => slotName(window.slot))
    .join(' · ');
}
