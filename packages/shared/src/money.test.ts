import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatYuan, parseYuan, splitByBasisPoints } from './money.js';

describe('formatYuan', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1234, '12.34'],
    [100000, '1000.00'],
    [-250, '-2.50'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('refuses fractional fen', () => {
    expect(() => formatYuan(1.5)).toThrow(RangeError);
  });
});

describe('parseYuan', () => {
  it.each([
    ['12.34', 1234],
    ['12.3', 1230],
    ['12', 1200],
    [' 0.05 ', 5],
    ['12.345', null],
    ['-1', null],
    ['abc', null],
    ['', null],
  ])('parses %j as %j', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('round-trips with formatYuan', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (fen) => parseYuan(formatYuan(fen)) === fen));
  });
});

describe('splitByBasisPoints', () => {
  it('gives the remainder to the first share', () => {
    expect(
      splitByBasisPoints(101, [
        { key: 'CITY', bp: 5000 },
        { key: 'DISTRICT', bp: 5000 },
      ]),
    ).toEqual([
      { key: 'CITY', fen: 51 },
      { key: 'DISTRICT', fen: 50 },
    ]);
  });

  it('refuses shares that do not sum to 10000', () => {
    expect(() => splitByBasisPoints(100, [{ key: 'CITY', bp: 9000 }])).toThrow(/10000/);
  });

  it('always adds up to the whole and never goes negative', () => {
    const shares = fc
      .array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 })
      .map((weights) => {
        const bps = weights.map((weight) => weight);
        const sum = bps.reduce((a, b) => a + b, 0);
        const scaled = sum === 0 ? bps.map((_, i) => (i === 0 ? 10_000 : 0)) : bps.map((bp) => Math.floor((bp * 10_000) / sum));
        scaled[0]! += 10_000 - scaled.reduce((a, b) => a + b, 0);
        return scaled.map((bp, i) => ({ key: `S${i}`, bp }));
      });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), shares, (total, parts) => {
        const split = splitByBasisPoints(total, parts);
        return split.reduce((sum, part) => sum + part.fen, 0) === total && split.every((part) => part.fen >= 0);
      }),
    );
  });
});
