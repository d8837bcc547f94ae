/** Money is integer fen (分). These helpers keep it integer and make splits add up exactly. */

export function assertFen(value: number, name = 'amount'): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer number of fen, got ${value}`);
}

/** 1234 → "12.34" (yuan, two decimals, no float arithmetic). */
export function formatYuan(fen: number): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}

/** "12.34" / "12.3" / "12" → 1234. Returns null for anything that is not a plain non-negative amount. */
export function parseYuan(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const cents = (match[2] ?? '').padEnd(2, '0');
  return Number(match[1]) * 100 + Number(cents);
}

export interface BasisPointShare<K extends string = string> {
  key: K;
  bp: number;
}

export const BASIS_POINTS_WHOLE = 10_000;

/**
 * Splits `totalFen` by basis points. Each part is floor(total × bp / 10000); the remainder goes to the
 * first share, so the parts always add up to the whole. Basis points must sum to 10000.
 */
export function splitByBasisPoints<K extends string>(
  totalFen: number,
  shares: readonly BasisPointShare<K>[],
): { key: K; fen: number }[] {
  assertFen(totalFen, 'totalFen');
  if (shares.length === 0) throw new RangeError('at least one share is needed');
  const bpSum = shares.reduce((sum, share) => sum + share.bp, 0);
  if (bpSum !== BASIS_POINTS_WHOLE) throw new RangeError(`basis points must sum to ${BASIS_POINTS_WHOLE}, got ${bpSum}`);
  const parts = shares.map((share) => ({ key: share.key, fen: Math.floor((totalFen * share.bp) / BASIS_POINTS_WHOLE) }));
  const allocated = parts.reduce((sum, part) => sum + part.fen, 0);
  parts[0]!.fen += totalFen - allocated;
  return parts;
}
