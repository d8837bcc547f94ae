import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isCalendarDate, localDateTime } from './dates.js';
import { currentOrNextSlot, type SlotWindow } from './meal-slots.js';

const windows: SlotWindow[] = [
  { slot: 'DINNER', start: '17:00', end: '19:00' },
  { slot: 'LUNCH', start: '11:00', end: '13:30' },
];

describe('currentOrNextSlot', () => {
  it('returns the open slot during its window', () => {
    expect(currentOrNextSlot(windows, '2026-11-23', '12:00')).toEqual({
      serviceDate: '2026-11-23',
      slot: 'LUNCH',
      start: '11:00',
      end: '13:30',
      isOpen: true,
    });
  });

  it('treats the end of a window as closed and points at the next slot', () => {
    expect(currentOrNextSlot(windows, '2026-11-23', '13:30')).toMatchObject({ slot: 'DINNER', isOpen: false });
  });

  it('rolls over to the first slot of the next day after the last window', () => {
    expect(currentOrNextSlot(windows, '2026-12-31', '20:00')).toMatchObject({
      serviceDate: '2027-01-01',
      slot: 'LUNCH',
      isOpen: false,
    });
  });

  it('returns null when the canteen has no windows', () => {
    expect(currentOrNextSlot([], '2026-11-23', '12:00')).toBeNull();
  });
});

describe('localDateTime', () => {
  it('converts an instant to the canteen time zone', () => {
    expect(localDateTime(new Date('2026-11-23T17:30:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-11-24', time: '01:30' });
  });
});

describe('addDays', () => {
  it('crosses month and leap-year boundaries', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-23', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('%s → %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months', () => {
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
    expect(daysBetween('2026-12-01', '2026-11-23')).toBe(-8);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-23', 12, '2027-11-23'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-23', -24, '2024-11-23'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
