import { describe, expect, it } from 'vitest';
import { DEMO_ID_NUMBER } from '@/testing/fixtures';
import { canType, deleteLast, groupResidentId, remainingChars, typeKey, type IdKey } from './id-keypad';

function typeAll(keys: string, start = ''): string {
  return [...keys].reduce((buffer, key) => typeKey(buffer, key as IdKey), start);
}

describe('ID keypad', () => {
  it('should accept digits up to 18 characters and nothing beyond', () => {
    const full = typeAll('1101051949123100211'); // 19 digits pressed
    expect(full).toBe('110105194912310021');
    expect(canType(full, '5')).toBe(false);
    expect(typeKey(full, '5')).toBe(full);
  });

  it('should accept X only as the last (18th) character', () => {
    expect(canType('', 'X')).toBe(false);
    expect(typeAll('X1X2')).toBe('12');
    const first17 = DEMO_ID_NUMBER.slice(0, 17);
    expect(canType(first17.slice(0, 16), 'X')).toBe(false);
    expect(canType(first17, 'X')).toBe(true);
    expect(typeKey(first17, 'X')).toBe(DEMO_ID_NUMBER);
    expect(canType(DEMO_ID_NUMBER, 'X')).toBe(false);
  });

  it('should delete the last character, and do nothing on an empty number', () => {
    expect(deleteLast(DEMO_ID_NUMBER)).toBe(DEMO_ID_NUMBER.slice(0, 17));
    expect(deleteLast('')).toBe('');
  });

  it('should group the number 6-8-4 as printed on the card', () => {
    expect(groupResidentId(DEMO_ID_NUMBER)).toEqual(['110105', '19491231', '002X']);
  });

  it('should fill the groups in order while the number is being typed', () => {
    expect(groupResidentId('')).toEqual(['', '', '']);
    expect(groupResidentId('1101')).toEqual(['1101', '', '']);
    expect(groupResidentId('1101051949')).toEqual(['110105', '1949', '']);
    expect(groupResidentId('110105194912310')).toEqual(['110105', '19491231', '0']);
  });

  it('should count what is still to type', () => {
    expect(remainingChars('')).toBe(18);
    expect(remainingChars('110105')).toBe(12);
    expect(remainingChars(DEMO_ID_NUMBER)).toBe(0);
  });
});
