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
