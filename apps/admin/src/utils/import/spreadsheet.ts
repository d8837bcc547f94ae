import { decodeText, parseCsv } from './csv';

/** A sheet as text: rows of cells, the header row first. */
export type SheetTable = string[][];

export class SpreadsheetError extends Error {
  constructor(readonly reason: 'UNSUPPORTED' | 'UNREADABLE' | 'EMPTY') {
    super(reason);
    this.name = 'SpreadsheetError';
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** What a cell shows, as text: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs reads Excel dates as UTC midnight of the calendar day.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  // An ID number stored as a number reads as its digits; precision Excel already lost shows as a bad checksum.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('').trim();
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    return '';
  }
  return String(value).trim();
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Drops blank rows but keeps each row's sheet row number (1-based), so a report points at the file. */
export interface NumberedRow {
  rowNumber: number;
  cells: string[];
}

export function numberRows(table: SheetTable): { header: string[]; rows: NumberedRow[] } {
  const headerIndex = table.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) throw new SpreadsheetError('EMPTY');
  const rows: NumberedRow[] = [];
  for (let index = headerIndex + 1; index < table.length; index += 1) {
    const cells = table[index]!;
    if (!isBlank(cells)) rows.push({ rowNumber: index + 1, cells: cells.map((cell) => cell.trim()) });
  }
  return { header: table[headerIndex]!.map((cell) => cell.trim()), rows };
}

async function readXlsx(bytes: ArrayBuffer): Promise<SheetTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw new SpreadsheetError('UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('EMPTY');
  const table: SheetTable = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = row.values as unknown[];
    // exceljs rows are 1-based: values[0] is always empty.
    table[rowNumber - 1] = values.slice(1).map(cellText);
  });
  for (let index = 0; index < table.length; index += 1) table[index] ??= [];
  return table;
}

/** Reads the first sheet of an .xlsx, or a .csv, into text cells. */
export async function readSpreadsheet(fileName: string, bytes: ArrayBuffer): Promise<SheetTable> {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx')) return readXlsx(bytes);
  if (name.endsWith('.csv') || name.endsWith('.txt')) return parseCsv(decodeText(bytes));
  throw new SpreadsheetError('UNSUPPORTED');
}
