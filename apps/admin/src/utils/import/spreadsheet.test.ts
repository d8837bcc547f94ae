import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, numberRows, readSpreadsheet, SpreadsheetError } from './spreadsheet';

describe('cellText', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [' 张三 ', '张三'],
    [12, '12'],
    [new Date(Date.UTC(2024, 0, 5)), '2024-01-05'],
    [{ richText: [{ text: '低保' }, { text: '、独居' }] }, '低保、独居'],
    [{ formula: 'A1', result: '530112001001' }, '530112001001'],
    [{ text: '碧鸡社区', hyperlink: 'http://example.org' }, '碧鸡社区'],
  ])('should read %j as %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });

  it('should read an ID number stored as a number as its 18 digits', () => {
    // Such a number lost its last digits in Excel already; the API then reports a bad checksum.
    expect(cellText(Number('530112194003151238'))).toMatch(/^\d{18}$/);
  });
});

describe('numberRows', () => {
  it('should take the first non-blank row as the header and number the rest as in the sheet', () => {
    const { header, rows } = numberRows([[], ['姓名', '身份证号'], ['张三', ' 530112194003151238 '], ['', ''], ['李四', '']]);
    expect(header).toEqual(['姓名', '身份证号']);
    expect(rows).toEqual([
      { rowNumber: 3, cells: ['张三', '530112194003151238'] },
      { rowNumber: 5, cells: ['李四', ''] },
    ]);
  });

  it('should refuse a sheet with nothing in it', () => {
    expect(() => numberRows([[], ['']])).toThrow(SpreadsheetError);
  });
});

describe('readSpreadsheet', () => {
  it('should read the first sheet of an .xlsx, dates as calendar dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名册');
    sheet.addRow(['姓名', '身份证号', '生效日期']);
    sheet.addRow(['张秀英', '530112195203150023', new Date(Date.UTC(2026, 0, 1))]);
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;

    await expect(readSpreadsheet('roll.XLSX', bytes)).resolves.toEqual([
      ['姓名', '身份证号', '生效日期'],
      ['张秀英', '530112195203150023', '2026-01-01'],
    ]);
  });

  it('should read a .csv and refuse other files or a broken .xlsx', async () => {
    const csv = new TextEncoder().encode('姓名\n张三\n').buffer as ArrayBuffer;
    await expect(readSpreadsheet('roll.csv', csv)).resolves.toEqual([['姓名'], ['张三']]);
    await expect(readSpreadsheet('roll.xls', csv)).rejects.toMatchObject({ reason: 'UNSUPPORTED' });
    await expect(readSpreadsheet('roll.xlsx', csv)).rejects.toMatchObject({ reason: 'UNREADABLE' });
  });
});
