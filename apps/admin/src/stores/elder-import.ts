import { type ErrorCode, maskResidentId } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { commitElderImportApi, validateElderImportApi } from '@/api/elders';
import type { ElderImportReportDto, ImportRowResultDto, ElderImportRowDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';
import { BatchError, type BatchProgress, duplicatesInFile, mergeReports, progressOf, runInBatches } from '@/utils/import/batches';
import { type ColumnMapping, detectColumns, emptyMapping, importRowsFrom, missingRequiredFields } from '@/utils/import/columns';
import { readSpreadsheetFile } from '@/utils/import/read-file';
import { type NumberedRow, numberRows, SpreadsheetError } from '@/utils/import/spreadsheet';

export type ImportStep = 'file' | 'mapping' | 'validated' | 'committed';
export type ImportOutcome = ImportRowResultDto['outcome'];

/** One line of the report as the wizard shows and exports it: the file's row, masked. */
export interface ImportReportLine extends ImportRowResultDto {
  name: string;
  idNumberMasked: string;
}

/**
 * The import wizard for 低保/特困 rolls: file → column mapping → dry run (nothing written) → commit of the
 * valid rows. Large arrays are shallow: 10,000 rows must not become 10,000 reactive proxies.
 */
export const useElderImportStore = defineStore('elderImport', () => {
  const step = ref<ImportStep>('file');
  const fileName = ref('');
  const header = shallowRef<string[]>([]);
  const sourceRows = shallowRef<NumberedRow[]>([]);
  const mapping = ref<ColumnMapping>(emptyMapping());
  const reading = ref(false);
  const fileProblem = ref<SpreadsheetError['reason'] | null>(null);

  const running = ref<'validate' | 'commit' | null>(null);
  const progress = ref<BatchProgress>(progressOf(0, 0));
  const errorCode = ref<ErrorCode | null>(null);
  const cancelled = ref(false);
  let cancelRequested = false;

  const validation = shallowRef<ElderImportReportDto | null>(null);
  const commitReport = shallowRef<ElderImportReportDto | null>(null);
  /** The rows as sent, by row number, to show names and masked ID numbers in the report. */
  const sentRows = shallowRef(new Map<number, ElderImportRowDto>());

  const missingFields = computed(() => missingRequiredFields(mapping.value));

  function clearRun(): void {
    validation.value = null;
    commitReport.value = null;
    errorCode.value = null;
    cancelled.value = false;
    progress.value = progressOf(0, 0);
  }

  async function loadFile(file: File): Promise<boolean> {
    reading.value = true;
    fileProblem.value = null;
    clearRun();
    try {
      const { header: headerRow, rows } = numberRows(await readSpreadsheetFile(file));
      if (rows.length === 0) throw new SpreadsheetError('EMPTY');
      fileName.value = file.name;
      header.value = headerRow;
      sourceRows.value = rows;
      mapping.value = detectColumns(headerRow);
      step.value = 'mapping';
      return true;
    } catch (error) {
      fileProblem.value = error instanceof SpreadsheetError ? error.reason : 'UNREADABLE';
      return false;
    } finally {
      reading.value = false;
    }
  }

  function setMapping(next: ColumnMapping): void {
    mapping.value = { ...next };
    clearRun();
    step.value = 'mapping';
  }

  async function run(
    phase: 'validate' | 'commit',
    rows: ElderImportRowDto[],
    send: (batch: ElderImportRowDto[]) => Promise<ElderImportReportDto>,
  ): Promise<ElderImportReportDto | null> {
    running.value = phase;
    errorCode.value = null;
    cancelled.value = false;
    cancelRequested = false;
    try {
      const result = await runInBatches(rows, send, {
        onProgress: (next) => (progress.value = next),
        isCancelled: () => cancelRequested,
      });
      cancelled.value = result.cancelled;
      return result.report;
    } catch (error) {
      errorCode.value = errorCodeOf(error instanceof BatchError ? error.cause : error);
      return error instanceof BatchError ? error.partial.report : null;
    } finally {
      running.value = null;
    }
  }

  /** Dry run of every mapped row; rows that repeat an ID number of an earlier row are not sent. */
  async function validate(): Promise<void> {
    if (missingFields.value.length > 0) return;
    clearRun();
    const rows = importRowsFrom(sourceRows.value, mapping.value);
    sentRows.value = new Map(rows.map((row) => [row.rowNumber, row]));
    const duplicates = duplicatesInFile(rows);
    const duplicateRows = new Set(duplicates.map((row) => row.rowNumber));
    const report = await run('validate', rows.filter((row) => !duplicateRows.has(row.rowNumber)), validateElderImportApi);
    if (!report) return;
    validation.value = mergeReports([report, { created: 0, rows: duplicates }]);
    if (!errorCode.value && !cancelled.value) step.value = 'validated';
  }

  /** Writes the rows the dry run found valid; the rest were reported already and are not sent. */
  async function commit(): Promise<void> {
    if (!validation.value) return;
    const valid = new Set(validation.value.rows.filter((row) => row.outcome === 'VALID').map((row) => row.rowNumber));
    const rows = [...sentRows.value.values()].filter((row) => valid.has(row.rowNumber));
    const report = await run('commit', rows, commitElderImportApi);
    if (report) commitReport.value = report;
    step.value = 'committed';
  }

  function cancel(): void {
    cancelRequested = true;
  }

  function lineOf(row: ImportRowResultDto): ImportReportLine {
    const source = sentRows.value.get(row.rowNumber);
    return { ...row, name: source?.name ?? '', idNumberMasked: source?.idNumber ? maskResidentId(source.idNumber) : '' };
  }

  /** The dry-run report, or after a commit, each row's final outcome (commit answers replace dry-run ones). */
  const reportLines = computed<ImportReportLine[]>(() => {
    if (!validation.value) return [];
    const committed = new Map((commitReport.value?.rows ?? []).map((row) => [row.rowNumber, row]));
    return validation.value.rows.map((row) => lineOf(committed.get(row.rowNumber) ?? row));
  });

  const outcomeCounts = computed(() => {
    const counts: Record<ImportOutcome, number> = { VALID: 0, CREATED: 0, INVALID: 0, DUPLICATE: 0 };
    for (const line of reportLines.value) counts[line.outcome] += 1;
    return counts;
  });

  function $reset(): void {
    cancelRequested = true;
    step.value = 'file';
    fileName.value = '';
    header.value = [];
    sourceRows.value = [];
    mapping.value = emptyMapping();
    reading.value = false;
    fileProblem.value = null;
    running.value = null;
    sentRows.value = new Map();
    clearRun();
  }

  return {
    step,
    fileName,
    header,
    sourceRows,
    mapping,
    reading,
    fileProblem,
    running,
    progress,
    errorCode,
    cancelled,
    validation,
    commitReport,
    missingFields,
    reportLines,
    outcomeCounts,
    loadFile,
    setMapping,
    validate,
    commit,
    cancel,
    $reset,
  };
});
