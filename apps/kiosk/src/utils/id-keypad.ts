/**
 * The on-screen keypad for a resident ID number: 17 digits and a last character that is a digit or X.
 * Pure functions over the typed text, so the rules are tested without a screen.
 */
export const RESIDENT_ID_LENGTH = 18;

/** Region (6) · birth date (8) · sequence and check character (4): how the number is printed on the card. */
export const RESIDENT_ID_GROUPS = [6, 8, 4] as const;

export type IdKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'X';

export const ID_DIGIT_KEYS: readonly IdKey[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** X is the check character only: it can be typed as the 18th character and nowhere else. */
export function canType(buffer: string, key: IdKey): boolean {
  if (buffer.length >= RESIDENT_ID_LENGTH) return false;
  if (key === 'X') return buffer.length === RESIDENT_ID_LENGTH - 1;
  return true;
}

/** The text after pressing `key`; unchanged when the key is not allowed there. */
export function typeKey(buffer: string, key: IdKey): string {
  return canType(buffer, key) ? buffer + key : buffer;
}

export function deleteLast(buffer: string): string {
  return buffer.slice(0, -1);
}

/** "110105194912310021" → ["110105", "19491231", "0021"]; a partly typed number fills the groups in order. */
export function groupResidentId(buffer: string): string[] {
  const groups: string[] = [];
  let start = 0;
  for (const size of RESIDENT_ID_GROUPS) {
    groups.push(buffer.slice(start, start + size));
    start += size;
  }
  return groups;
}

/** How many characters are still to type. */
export function remainingChars(buffer: string): number {
  return Math.max(0, RESIDENT_ID_LENGTH - buffer.length);
}
