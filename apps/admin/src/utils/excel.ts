import type { Workbook } from 'exceljs';

/** One column of an export: its translated header and how to read a cell from a row. */
export interface ExcelColumn<Row> {
  header: string;
  /** Width in characters; a sensible default when omitted. */
  width?: number;
  value: (row: Row) => string | number | null;
}

export interface ExcelSheet<Row> {
  name: string;
  columns: readonly ExcelColumn<Row>[];
  rows: readonly Row[];
}

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// exceljs is large (~1 MB): load it only when someone actually exports.
async function loadExcelJs() {
  const module = await import('exceljs');
  return module.default;
}

/** A workbook with one sheet: a bold, frozen header row, then one row per item. */
export async function buildWorkbook<Row>(sheet: ExcelSheet<Row>): Promise<Workbook> {
  return buildWorkbookOf([sheet]);
}

/** A workbook with one sheet per table, in order; each sheet like `buildWorkbook`'s. */
export async function buildWorkbookOf<Row>(sheets: readonly ExcelSheet<Row>[]): Promise<Workbook> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return workbook;
}

function addSheet<Row>(workbook: Workbook, sheet: ExcelSheet<Row>): void {
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const name = sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: column.header,
    key: `c${index}`,
    width: column.width ?? 16,
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(sheet.columns.map((column) => column.value(row) ?? ''));
  }
}

/** Builds the workbook and hands it to the browser as a download named `fileName` (".xlsx" added). */
export async function exportToExcel<Row>(fileName: string, sheet: ExcelSheet<Row>): Promise<void> {
  await exportSheetsToExcel(fileName, [sheet]);
}

/** Like `exportToExcel`, with one sheet per table. */
export async function exportSheetsToExcel<Row>(fileName: string, sheets: readonly ExcelSheet<Row>[]): Promise<void> {
  const workbook = await buildWorkbookOf(sheets);
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_MIME_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
