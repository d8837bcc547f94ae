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
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((column, index) => ({
    header: column.header,
    key: `c${index}`,
    width: column.width ?? 16,
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    worksheet.addRow(sheet.columns.map((column) => column.value(row) ?? ''));
  }
  return workbook;
}

/** Builds the workbook and hands it to the browser as a download named `fileName` (".xlsx" added). */
export async function exportToExcel<Row>(fileName: string, sheet: ExcelSheet<Row>): Promise<void> {
  const workbook = await buildWorkbook(sheet);
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
