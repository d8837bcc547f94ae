import type { ElderImportRowDto } from '@/api/types';
import type { NumberedRow } from './spreadsheet';

/** The fields of an import row the user maps columns onto, in the order the wizard shows them. */
export const IMPORT_FIELDS = [
  'name',
  'idNumber',
  'phone',
  'residentRegionCode',
  'address',
  'categories',
  'categoryValidFrom',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'idNumber', 'residentRegionCode', 'address'];

/** Field → index of the column it is read from, or null when the file has no such column. */
export type ColumnMapping = Record<ImportField, number | null>;

/**
 * Header names seen on 低保/特困 rolls, the preferred one first. Matching ignores spaces, punctuation
 * and case, so "身份证号：" and "ID Number" both match.
 */
const HEADER_NAMES: Record<ImportField, string[]> = {
  name: ['姓名', '老人姓名', '户主姓名', '名字', 'name'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证', 'idnumber', 'idno'],
  phone: ['电话', '联系电话', '手机', '手机号', '手机号码', '电话号码', 'phone', 'mobile'],
  residentRegionCode: ['社区编码', '社区代码', '常住社区编码', '常住地编码', '区划代码', '社区区划代码', 'residentregioncode', 'regioncode'],
  address: ['地址', '住址', '居住地址', '家庭住址', '现住址', '常住地址', 'address'],
  categories: ['类别', '人员类别', '对象类别', '救助类别', '保障类别', '类型', 'categories', 'category'],
  categoryValidFrom: ['生效日期', '类别生效日期', '开始日期', '起始日期', '认定日期', '批准日期', 'validfrom', 'categoryvalidfrom'],
};

/** The header the downloadable template uses for a field: the commonest name on real rolls. */
export function templateHeader(field: ImportField): string {
  return HEADER_NAMES[field][0]!;
}

export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ColumnMapping;
}

/**
 * Guesses which column holds which field from the header row: exact names first (in the order of
 * HEADER_NAMES), then a header that contains a name ("身份证号（18位）"). A column serves one field.
 */
export function detectColumns(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping = emptyMapping();
  const taken = new Set<number>();
  const claim = (field: ImportField, matches: (header: string, name: string) => boolean) => {
    if (mapping[field] !== null) return;
    for (const name of HEADER_NAMES[field].map(normalizeHeader)) {
      const index = normalized.findIndex((header, column) => !taken.has(column) && header !== '' && matches(header, name));
      if (index >= 0) {
        mapping[field] = index;
        taken.add(index);
        return;
      }
    }
  };
  for (const field of IMPORT_FIELDS) claim(field, (header, name) => header === name);
  for (const field of IMPORT_FIELDS) claim(field, (header, name) => header.includes(name));
  return mapping;
}

export function missingRequiredFields(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_IMPORT_FIELDS.filter((field) => mapping[field] === null);
}

/** "2024/1/5", "2024.01.05", "20240105" → "2024-01-05"; anything else is passed on for the API to judge. */
export function normalizeDate(text: string): string {
  const value = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (parts) return `${parts[1]}-${parts[2]!.padStart(2, '0')}-${parts[3]!.padStart(2, '0')}`;
  return value;
}

/** The rows to send: mapped cells, the ID number in its canonical form, optional fields left out when empty. */
export function importRowsFrom(rows: readonly NumberedRow[], mapping: ColumnMapping): ElderImportRowDto[] {
  const cell = (row: NumberedRow, field: ImportField): string => {
    const index = mapping[field];
    return index === null ? '' : (row.cells[index] ?? '').trim();
  };
  return rows.map((row) => {
    const phone = cell(row, 'phone');
    const categories = cell(row, 'categories');
    const validFrom = cell(row, 'categoryValidFrom');
    return {
      rowNumber: row.rowNumber,
      name: cell(row, 'name'),
      idNumber: cell(row, 'idNumber').replace(/\s/g, '').toUpperCase(),
      residentRegionCode: cell(row, 'residentRegionCode'),
      address: cell(row, 'address'),
      ...(phone ? { phone } : {}),
      ...(categories ? { categories } : {}),
      ...(validFrom ? { categoryValidFrom: normalizeDate(validFrom) } : {}),
    };
  });
}
