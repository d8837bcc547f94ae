import { describe, expect, it } from 'vitest';
import { detectColumns, emptyMapping, importRowsFrom, missingRequiredFields, normalizeDate, templateHeader, IMPORT_FIELDS } from './columns';

describe('detectColumns', () => {
  it('should map the Chinese headers of a 低保 roll, whatever their order', () => {
    expect(detectColumns(['序号', '身份证号', '姓名', '地址', '社区编码', '电话', '类别', '生效日期'])).toEqual({
      name: 2,
      idNumber: 1,
      phone: 5,
      residentRegionCode: 4,
      address: 3,
      categories: 6,
      categoryValidFrom: 7,
    });
  });

  it('should recognise common variants, spaces and punctuation', () => {
    expect(detectColumns([' 姓 名 ', '公民身份号码', '联系电话：', '常住社区编码', '家庭住址', '人员类别', '类别生效日期'])).toEqual({
      name: 0,
      idNumber: 1,
      phone: 2,
      residentRegionCode: 3,
      address: 4,
      categories: 5,
      categoryValidFrom: 6,
    });
  });

  it('should fall back to a header that contains a known name', () => {
    const mapping = detectColumns(['老人姓名（必填）', '身份证号（18位）', '居住地址详细']);
    expect(mapping.name).toBe(0);
    expect(mapping.idNumber).toBe(1);
    expect(mapping.address).toBe(2);
  });

  it('should prefer an exact header over one that merely contains the name', () => {
    expect(detectColumns(['身份证号备注', '身份证号']).idNumber).toBe(1);
  });

  it('should give each column to one field only', () => {
    // "类别生效日期" contains "类别": it must still be the date, and 类别 the categories.
    const mapping = detectColumns(['类别生效日期', '类别']);
    expect(mapping.categoryValidFrom).toBe(0);
    expect(mapping.categories).toBe(1);
  });

  it('should read English headers too, and leave unknown columns unmapped', () => {
    const mapping = detectColumns(['Name', 'ID Number', 'Mobile', 'Notes']);
    expect(mapping).toMatchObject({ name: 0, idNumber: 1, phone: 2, address: null, categories: null });
    expect(missingRequiredFields(mapping)).toEqual(['residentRegionCode', 'address']);
  });

  it('should recognise every header of its own template', () => {
    const mapping = detectColumns(IMPORT_FIELDS.map(templateHeader));
    expect(IMPORT_FIELDS.map((field) => mapping[field])).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('importRowsFrom', () => {
  it('should read the mapped cells into API rows, keeping the sheet row number', () => {
    const mapping = { ...emptyMapping(), name: 0, idNumber: 1, residentRegionCode: 2, address: 3, categories: 4, categoryValidFrom: 5 };
    const rows = importRowsFrom(
      [
        { rowNumber: 2, cells: ['张秀英', ' 11010519491231002x ', '530112001001', '碧鸡路 1 号', '低保、独居', '2024/1/5'] },
        { rowNumber: 4, cells: ['李四', '530112194003151238', '530112001002', '马街 2 号', '', ''] },
      ],
      mapping,
    );

    expect(rows).toEqual([
      {
        rowNumber: 2,
        name: '张秀英',
        idNumber: '11010519491231002X',
        residentRegionCode: '530112001001',
        address: '碧鸡路 1 号',
        categories: '低保、独居',
        categoryValidFrom: '2024-01-05',
      },
      { rowNumber: 4, name: '李四', idNumber: '530112194003151238', residentRegionCode: '530112001002', address: '马街 2 号' },
    ]);
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2024-01-05', '2024-01-05'],
    ['2024/1/5', '2024-01-05'],
    ['2024.12.31', '2024-12-31'],
    ['2024年3月1日', '2024-03-01'],
    ['20240105', '2024-01-05'],
    ['next week', 'next week'],
  ])('should turn %s into %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});
