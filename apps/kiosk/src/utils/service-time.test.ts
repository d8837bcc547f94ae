import { describe, expect, it } from 'vitest';
import { formatLocalTime, formatServiceDate, serviceDayOf } from './service-time';

const SHANGHAI = 'Asia/Shanghai';

describe('serviceDayOf', () => {
  // 2026-11-23 09:30 in Shanghai.
  const now = new Date('2026-11-23T01:30:00Z');

  it.each([
    ['2026-11-23', 'today'],
    ['2026-11-24', 'tomorrow'],
    ['2026-11-26', 'later'],
    ['2026-11-22', 'past'],
  ] as const)('%s is %s', (date, day) => {
    expect(serviceDayOf(date, now, SHANGHAI)).toBe(day);
  });

  it('uses the canteen time zone, not UTC, to decide what today is', () => {
    // 2026-11-23 23:30 UTC is already 2026-11-24 in Shanghai.
    expect(serviceDayOf('2026-11-24', new Date('2026-11-23T23:30:00Z'), SHANGHAI)).toBe('today');
  });
});

describe('formatServiceDate', () => {
  it('writes the date and weekday in the kiosk language', () => {
    expect(formatServiceDate('2026-11-23', 'zh-CN')).toBe('2026年11月23日星期一');
    expect(formatServiceDate('2026-11-23', 'en-US')).toBe('Monday, November 23, 2026');
  });
});

describe('formatLocalTime', () => {
  const now = new Date('2026-11-23T04:00:00Z');

  it('gives only the time for today', () => {
    expect(formatLocalTime(new Date('2026-11-23T03:32:00Z'), now, SHANGHAI, 'zh-CN')).toBe('11:32');
  });

  it('adds the date for an earlier day', () => {
    expect(formatLocalTime(new Date('2026-11-22T03:32:00Z'), now, SHANGHAI, 'zh-CN')).toBe('11月22日 11:32');
  });
});
