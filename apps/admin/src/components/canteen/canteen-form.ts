import {
  CanteenKind,
  CanteenStatus,
  DEFAULT_TIME_ZONE,
  REGION_CODE_PATTERN,
  regionLevelOf,
  RegionLevel,
  TIME_OF_DAY_PATTERN,
} from '@canteen/shared';
import type { CanteenDto, CreateCanteenDto, SlotWindowDto } from '@/api/types';

/** What the canteen dialog edits: the create body, filled from the canteen when editing. */
export type CanteenForm = CreateCanteenDto;

export const CANTEEN_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/;

export function emptyCanteenForm(): CanteenForm {
  return {
    code: '',
    name: '',
    kind: CanteenKind.CANTEEN,
    regionCode: '',
    address: '',
    status: CanteenStatus.PLANNED,
    openedOn: null,
    seats: 0,
    dailyCapacity: 0,
    timeZone: DEFAULT_TIME_ZONE,
    slots: [{ slot: 'LUNCH', start: '11:00', end: '13:00' }],
  };
}

export function canteenFormFrom(canteen: CanteenDto): CanteenForm {
  return {
    code: canteen.code,
    name: canteen.name,
    kind: canteen.kind,
    regionCode: canteen.regionCode,
    address: canteen.address,
    status: canteen.status,
    openedOn: canteen.openedOn,
    seats: canteen.seats,
    dailyCapacity: canteen.dailyCapacity,
    timeZone: canteen.timeZone,
    slots: canteen.slots.map((window) => ({ ...window })),
  };
}

export function isCommunityCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code) && regionLevelOf(code) === RegionLevel.COMMUNITY;
}

export type SlotProblem = 'required' | 'timeFormat' | 'endBeforeStart' | 'duplicateSlot' | 'overlap';

/** The first thing wrong with a canteen's serving windows, or null when they are fine. */
export function slotWindowsProblem(windows: readonly SlotWindowDto[]): SlotProblem | null {
  if (windows.length === 0) return 'required';
  if (windows.some((window) => !TIME_OF_DAY_PATTERN.test(window.start) || !TIME_OF_DAY_PATTERN.test(window.end))) {
    return 'timeFormat';
  }
  if (windows.some((window) => window.start >= window.end)) return 'endBeforeStart';
  if (new Set(windows.map((window) => window.slot)).size !== windows.length) return 'duplicateSlot';
  const sorted = [...windows].sort((a, b) => a.start.localeCompare(b.start));
  if (sorted.some((window, index) => index > 0 && window.start < sorted[index - 1]!.end)) return 'overlap';
  return null;
}

/** The body sent to the API: trimmed text. */
export function canteenBody(form: CanteenForm): CreateCanteenDto {
  return {
    ...form,
    code: form.code.trim(),
    name: form.name.trim(),
    address: form.address.trim(),
    openedOn: form.openedOn || null,
    slots: [...form.slots].sort((a, b) => a.start.localeCompare(b.start)),
  };
}
