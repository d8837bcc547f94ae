import { describe, expect, it } from 'vitest';
import { isWithinScope, parentRegionCode, regionLevelOf } from './regions.js';

describe('regionLevelOf', () => {
  it.each([
    ['53', 'PROVINCE'],
    ['5301', 'CITY'],
    ['530112', 'COUNTY'],
    ['530112001', 'STREET'],
    ['530112001001', 'COMMUNITY'],
    ['5301121', null],
    ['53a1', null],
  ])('%s is %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });
});

describe('parentRegionCode', () => {
  it('walks up one level at a time', () => {
    expect(parentRegionCode('530112001001')).toBe('530112001');
    expect(parentRegionCode('530112001')).toBe('530112');
    expect(parentRegionCode('530112')).toBe('5301');
    expect(parentRegionCode('5301')).toBe('53');
    expect(parentRegionCode('53')).toBeNull();
  });
});

describe('isWithinScope', () => {
  it('accepts the scope itself and its descendants only', () => {
    expect(isWithinScope('530112001', '530112')).toBe(true);
    expect(isWithinScope('530112', '530112')).toBe(true);
    expect(isWithinScope('530114001', '530112')).toBe(false);
    expect(isWithinScope('5301', '530112')).toBe(false);
  });
});
