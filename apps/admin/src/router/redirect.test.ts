import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it.each([
    ['/canteens?status=OPEN', '/canteens?status=OPEN'],
    ['/my-canteen', '/my-canteen'],
    ['//evil.example/phish', null],
    ['/\\evil.example', null],
    ['https://evil.example', null],
    ['/login?redirect=/x', null],
    [undefined, null],
    [['/canteens'], null],
  ])('should turn %j into %j', (value, expected) => {
    expect(safeRedirect(value)).toBe(expected);
  });
});
