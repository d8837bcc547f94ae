import { describe, expect, it } from 'vitest';
import {
  cardQrPayload,
  isValidCardNumber,
  luhnCheckDigit,
  parseElderCategory,
  readCardCredential,
} from './elders.js';
import { maskName, maskPhone, maskResidentId } from './masking.js';
import { ageOn, parseResidentId, residentIdCheckChar } from './resident-id.js';

/** Builds a valid number from its first 17 digits. */
const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('parseResidentId', () => {
  const valid = withCheck('53011219400315123');

  it.each([
    [valid, { ok: true, birthDate: '1940-03-15', sex: 'M', regionCode: '530112' }],
    [withCheck('53011219450101002'), { ok: true, birthDate: '1945-01-01', sex: 'F', regionCode: '530112' }],
    ['11010519491231002X', { ok: true, birthDate: '1949-12-31', sex: 'F', regionCode: '110105' }],
    ['11010519491231002x', { ok: true, birthDate: '1949-12-31', sex: 'F', regionCode: '110105' }],
    [valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0'), { ok: false, reason: 'CHECKSUM' }],
    [withCheck('53011219400230123'), { ok: false, reason: 'BIRTH_DATE' }],
    [withCheck('53011220990101123'), { ok: false, reason: 'BIRTH_DATE' }],
    [valid.slice(0, 17), { ok: false, reason: 'LENGTH' }],
    [`${valid}1`, { ok: false, reason: 'LENGTH' }],
    ['5301121940031512A4', { ok: false, reason: 'FORMAT' }],
    ['', { ok: false, reason: 'LENGTH' }],
  ])('%s → %j', (id, expected) => {
    expect(parseResidentId(id, '2026-11-23')).toEqual(expected);
  });

  it('accepts a birth date of today but not tomorrow', () => {
    expect(parseResidentId(withCheck('53011220261123123'), '2026-11-23').ok).toBe(true);
    expect(parseResidentId(withCheck('53011220261124123'), '2026-11-23')).toEqual({ ok: false, reason: 'BIRTH_DATE' });
  });
});

describe('ageOn', () => {
  it.each([
    ['1946-11-23', '2026-11-23', 80],
    ['1946-11-24', '2026-11-23', 79],
    ['1940-02-29', '2026-02-28', 85],
    ['1940-02-29', '2026-03-01', 86],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('masking', () => {
  it('masks ID numbers, phones and names', () => {
    expect(maskResidentId('53011219400315123X')).toBe('5301**********123X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('8765')).toBe('**65');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三华')).toBe('张*华');
    expect(maskName('欧阳明华')).toBe('欧**华');
  });
});

describe('elder cards', () => {
  it('checks the Luhn digit and reads bare numbers and QR payloads', () => {
    const number = `80000000001${luhnCheckDigit('80000000001')}`;
    expect(isValidCardNumber(number)).toBe(true);
    expect(isValidCardNumber(`${number.slice(0, 11)}${(Number(number[11]) + 1) % 10}`)).toBe(false);
    expect(readCardCredential(` ${number} `)).toBe(number);
    expect(readCardCredential(cardQrPayload(number).toLowerCase())).toBe(number);
    expect(readCardCredential('XFST:123')).toBeNull();
  });

  it('parses category codes and Chinese names', () => {
    expect(parseElderCategory('低保')).toBe('DIBAO');
    expect(parseElderCategory('tekun')).toBe('TEKUN');
    expect(parseElderCategory('富裕')).toBeNull();
  });
});
