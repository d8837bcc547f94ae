import { describe, expect, it } from 'vitest';
import type { SlotWindowDto } from '@/api/types';
import { canteenBody, emptyCanteenForm, isCommunityCode, slotWindowsProblem } from './canteen-form';

const lunch: SlotWindowDto = { slot: 'LUNCH', start: '11:00', end: '13:00' };
const dinner: SlotWindowDto = { slot: 'DINNER', start: '17:00', end: '19:00' };

describe('slotWindowsProblem', () => {
  it.each<[string, SlotWindowDto[], ReturnType<typeof slotWindowsProblem>]>([
    ['lunch and dinner', [dinner, lunch], null],
    ['no meal at all', [], 'required'],
    ['a time that is not HH:MM', [{ ...lunch, start: '11:0' }], 'timeFormat'],
    ['24:00', [{ ...lunch, end: '24:00' }], 'timeFormat'],
    ['an end before the start', [{ ...lunch, start: '13:00', end: '11:00' }], 'endBeforeStart'],
    ['an empty window', [{ ...lunch, end: '11:00' }], 'endBeforeStart'],
    ['lunch twice', [lunch, { ...lunch, start: '14:00', end: '15:00' }], 'duplicateSlot'],
    ['overlapping windows', [lunch, { ...dinner, start: '12:30' }], 'overlap'],
    ['back-to-back windows', [lunch, { ...dinner, start: '13:00' }], null],
  ])('%s', (_case, windows, expected) => {
    expect(slotWindowsProblem(windows)).toBe(expected);
  });
});

describe('isCommunityCode', () => {
  it('should accept only 12-digit community codes', () => {
    expect(isCommunityCode('530112001001')).toBe(true);
    expect(isCommunityCode('530112001')).toBe(false);
    expect(isCommunityCode('53011200100a')).toBe(false);
  });
});

describe('canteenBody', () => {
  it('should trim text, send a missing opening date as null, and order meals by time', () => {
    const body = canteenBody({
      ...emptyCanteenForm(),
      code: ' XS-001 ',
      name: ' 碧鸡食堂 ',
      address: ' 碧鸡路1号 ',
      openedOn: '',
      slots: [dinner, lunch],
    });

    expect(body).toMatchObject({ code: 'XS-001', name: '碧鸡食堂', address: '碧鸡路1号', openedOn: null, timeZone: 'Asia/Shanghai' });
    expect(body.slots.map((window) => window.slot)).toEqual(['LUNCH', 'DINNER']);
  });
});
