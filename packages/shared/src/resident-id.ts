/**
 * Resident identity numbers (居民身份证号码, GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
import { isCalendarDate } from './dates.js';

export type ResidentIdProblem = 'LENGTH' | 'FORMAT' | 'CHECKSUM' | 'BIRTH_DATE';

export type ParsedResidentId =
  | { ok: true; birthDate: string; sex: 'M' | 'F'; regionCode: string }
  | { ok: false; reason: ResidentIdProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * WEIGHTS[index]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * Validates and reads a resident ID number. `today` (YYYY-MM-DD) bounds the birth date; a lower-case x
 * is accepted. Birth date and sex come from the number, so they are never typed twice.
 */
export function parseResidentId(id: string, today: string = new Date().toISOString().slice(0, 10)): ParsedResidentId {
  const value = id.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, reason: 'LENGTH' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, reason: 'FORMAT' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate > today || birthDate < '1890-01-01') {
    return { ok: false, reason: 'BIRTH_DATE' };
  }
  if (residentIdCheckChar(value) !== value[17]) return { ok: false, reason: 'CHECKSUM' };
  return {
    ok: true,
    birthDate,
    sex: Number(value[16]) % 2 === 1 ? 'M' : 'F',
    regionCode: value.slice(0, 6),
  };
}

/** The canonical form stored and looked up: trimmed, upper-case X. */
export function normalizeResidentId(id: string): string {
  return id.trim().toUpperCase();
}

/** Full years of age on a date (a birthday counts on the day itself). */
export function ageOn(birthDate: string, onDate: string): number {
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  const [year, month, day] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
