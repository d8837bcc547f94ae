import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbook, type ExcelColumn } from './excel';

interface Row {
  code: string;
  name: string;
  seats: number;
  openedOn: string | null;
}

const columns: ExcelColumn<Row>[] = [
  { header: '编号', value: (row) => row.code },
  { header: '名称', value: (row) => row.name, width: 30 },
  { header: '座位', value: (row) => row.seats },
  { header: '开业日期', value: (row) => row.openedOn },
];

const rows: Row[] = [
  { code: 'XS-001', name: '碧鸡街道幸福食堂', seats: 40, openedOn: '2026-03-01' },
  { code: 'XS-002', name: '马街社区助餐点', seats: 12, openedOn: null },
];

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const buffer = await workbook.xlsx.writeBuffer();
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(buffer as ArrayBuffer);
  const sheet = reread.getWorksheet('食堂');
  if (!sheet) throw new Error('sheet missing after round trip');
  return sheet;
}

describe('buildWorkbook', () => {
  it('writes the header row then one row per item, cell for cell', async () => {
    const workbook = await buildWorkbook({ name: '食堂', columns, rows });
    const sheet = await roundTrip(workbook);

    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).values).toEqual([undefined, '编号', '名称', '座位', '开业日期']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'XS-001', '碧鸡街道幸福食堂', 40, '2026-03-01']);
    // A missing value is an empty cell, not the text "null".
    expect(sheet.getRow(3).getCell(4).value).toBe('');
    expect(sheet.getRow(3).getCell(3).value).toBe(12);
  });

  it('makes the header bold and frozen, and applies column widths', async () => {
    const workbook = await buildWorkbook({ name: '食堂', columns, rows });
    const sheet = workbook.getWorksheet('食堂');

    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getColumn(2).width).toBe(30);
    expect(sheet?.getColumn(1).width).toBe(16);
  });

  it('produces a sheet with only the header when there are no rows', async () => {
    const sheet = await roundTrip(await buildWorkbook({ name: '食堂', columns, rows: [] }));
    expect(sheet.rowCount).toBe(1);
  });
});
