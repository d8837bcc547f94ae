import type { ElderImportReportDto, ImportRowResultDto, ElderImportRowDto } from '@/api/types';

/** Rows per request: the API takes up to 1000; 500 keeps each request short and the progress bar moving. */
export const IMPORT_BATCH_SIZE = 500;

export function splitIntoBatches<T>(rows: readonly T[], size: number = IMPORT_BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}

/** The reports of all batches as one: counts added, rows in row-number order. */
export function mergeReports(reports: readonly ElderImportReportDto[]): ElderImportReportDto {
  const rows: ImportRowResultDto[] = reports.flatMap((report) => report.rows);
  rows.sort((a, b) => a.rowNumber - b.rowNumber);
  return { created: reports.reduce((sum, report) => sum + report.created, 0), rows };
}

export interface BatchProgress {
  /** Rows sent and answered so far. */
  done: number;
  total: number;
  /** 0–100, whole numbers; 100 only once every batch has answered. */
  percent: number;
}

export function progressOf(done: number, total: number): BatchProgress {
  return { done, total, percent: total === 0 ? 100 : Math.floor((done / total) * 100) };
}

export interface BatchRunOptions {
  size?: number;
  onProgress?: (progress: BatchProgress) => void;
  /** Checked between batches: a cancelled run stops after the batch in flight and returns what it has. */
  isCancelled?: () => boolean;
}

export interface BatchRunResult {
  report: ElderImportReportDto;
  /** Rows actually sent (fewer than given when cancelled). */
  sent: number;
  cancelled: boolean;
}

/**
 * Sends rows in batches, one request at a time so the server is never flooded and progress is exact,
 * and merges the answers. A failed request throws a BatchError; what was answered before it is in its
 * `partial`.
 */
export async function runInBatches(
  rows: readonly ElderImportRowDto[],
  send: (batch: ElderImportRowDto[]) => Promise<ElderImportReportDto>,
  options: BatchRunOptions = {},
): Promise<BatchRunResult> {
  const reports: ElderImportReportDto[] = [];
  let sent = 0;
  options.onProgress?.(progressOf(0, rows.length));
  for (const batch of splitIntoBatches(rows, options.size)) {
    if (options.isCancelled?.()) return { report: mergeReports(reports), sent, cancelled: true };
    try {
      reports.push(await send(batch));
    } catch (cause) {
      throw new BatchError(cause, { report: mergeReports(reports), sent, cancelled: false });
    }
    sent += batch.length;
    options.onProgress?.(progressOf(sent, rows.length));
  }
  return { report: mergeReports(reports), sent, cancelled: false };
}

/** A batch request failed: `cause` is the API error, `partial` what the batches before it answered. */
export class BatchError extends Error {
  constructor(
    cause: unknown,
    readonly partial: BatchRunResult,
  ) {
    super('import batch failed', { cause });
    this.name = 'BatchError';
  }
}

/**
 * Rows whose ID number already appeared on an earlier row of the file. The API finds duplicates within
 * one request only; a roll of 10,000 rows goes in 20, so the file as a whole is checked here.
 */
export function duplicatesInFile(rows: readonly ElderImportRowDto[]): ImportRowResultDto[] {
  const seen = new Set<string>();
  const duplicates: ImportRowResultDto[] = [];
  for (const row of rows) {
    if (!row.idNumber) continue;
    if (seen.has(row.idNumber)) {
      duplicates.push({ rowNumber: row.rowNumber, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }] });
    } else seen.add(row.idNumber);
  }
  return duplicates;
}
