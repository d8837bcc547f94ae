import { describe, expect, it } from 'vitest';
import { displayValue, fieldChanges } from './history-diff';

describe('fieldChanges', () => {
  it('should list only the fields an update changed, nested ones by path', () => {
    expect(
      fieldChanges(
        { address: '碧鸡路 1 号', phone: '138****5678', dietaryNeeds: { tags: ['SOFT'], allergies: '' } },
        { address: '马街 3 号', phone: '138****5678', dietaryNeeds: { tags: ['SOFT', 'HALAL'], allergies: '' } },
      ),
    ).toEqual([
      { field: 'address', before: '碧鸡路 1 号', after: '马街 3 号' },
      { field: 'dietaryNeeds.tags', before: ['SOFT'], after: ['SOFT', 'HALAL'] },
    ]);
  });

  it('should list everything a new record was created with, and nothing for an entry without data', () => {
    expect(fieldChanges(null, { id: 'a1b2', status: 'ACTIVE' })).toEqual([{ field: 'status', before: null, after: 'ACTIVE' }]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});

describe('displayValue', () => {
  const messages: Record<string, string> = { 'elderStatuses.DECEASED': '已故', 'dietTags.SOFT': '软食', 'common.yes': '是' };
  const translate = (key: string) => messages[key] ?? null;

  it('should translate enum codes, join lists and show empty values as a dash', () => {
    expect(displayValue('DECEASED', translate)).toBe('已故');
    expect(displayValue(['SOFT', 'UNKNOWN_TAG'], translate)).toBe('软食、UNKNOWN_TAG');
    expect(displayValue(null, translate)).toBe('—');
    expect(displayValue([], translate)).toBe('—');
    expect(displayValue(true, translate)).toBe('是');
    expect(displayValue('碧鸡路', translate)).toBe('碧鸡路');
    expect(displayValue(3, translate)).toBe('3');
  });
});

describe('fieldChanges of documents (lists of objects expanded)', () => {
  const before = {
    tiers: [
      { code: 'AGE_60', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 200 } },
      { code: 'AGE_80', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
    ],
    slots: ['LUNCH'],
    funding: [{ source: 'DISTRICT', bp: 10000 }],
  };

  it('should compare list elements field by field and keep plain lists whole', () => {
    const after = {
      tiers: [
        { code: 'AGE_60', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
        { code: 'AGE_80', when: { minAge: 80 }, benefit: { type: 'FREE' } },
      ],
      slots: ['LUNCH', 'DINNER'],
      funding: [
        { source: 'CITY', bp: 5000 },
        { source: 'DISTRICT', bp: 5000 },
      ],
    };
    expect(fieldChanges(before, after, { expandObjectArrays: true })).toEqual([
      { field: 'tiers.0.benefit.fen', before: 200, after: 300 },
      { field: 'tiers.1.benefit.type', before: 'FIXED', after: 'FREE' },
      { field: 'tiers.1.benefit.fen', before: 500, after: null },
      { field: 'slots', before: ['LUNCH'], after: ['LUNCH', 'DINNER'] },
      { field: 'funding.0.source', before: 'DISTRICT', after: 'CITY' },
      { field: 'funding.0.bp', before: 10000, after: 5000 },
      { field: 'funding.1.source', before: null, after: 'DISTRICT' },
      { field: 'funding.1.bp', before: null, after: 5000 },
    ]);
  });

  it('should find no change between equal documents, and keep lists whole without the option', () => {
    expect(fieldChanges(before, structuredClone(before), { expandObjectArrays: true })).toEqual([]);
    expect(fieldChanges(before, { ...before, funding: [{ source: 'CITY', bp: 10000 }] }).map((change) => change.field)).toEqual(['funding']);
  });
});
