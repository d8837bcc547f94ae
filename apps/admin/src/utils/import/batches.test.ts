import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { describe, expect, it, vi } from 'vitest';
import type { ElderImportReportDto, ElderImportRowDto } from '@/api/types';
import { BatchError, duplicatesInFile, IMPORT_BATCH_SIZE, mergeReports, progressOf, runInBatches, splitIntoBatches } from './batches';

function rows(count: number): ElderImportRowDto[] {
  return Array.from({ length: count }, (_, index) => ({
    rowNumber: index + 2,
    name: `老人${index}`,
    idNumber: `ID${index}`,
    residentRegionCode: '530112001001',
    address: '碧鸡路',
  }));
}

/** A server that finds every 7th row invalid. */
async function validateAll(batch: ElderImportRowDto[]): Promise<ElderImportReportDto> {
  return {
    created: 0,
    rows: batch.map((row) =>
      row.rowNumber % 7 === 0
        ? { rowNumber: row.rowNumber, outcome: 'INVALID', problems: [{ field: 'idNumber', reason: 'CHECKSUM' }] }
        : { rowNumber: row.rowNumber, outcome: 'VALID', problems: [] },
    ),
  };
}

describe('import batches', () => {
  it('should split rows into batches of 500, the last one shorter', () => {
    expect(IMPORT_BATCH_SIZE).toBe(500);
    expect(splitIntoBatches(rows(1234)).map((batch) => batch.length)).toEqual([500, 500, 234]);
    expect(splitIntoBatches(rows(0))).toEqual([]);
  });

  it('should send 10,000 rows in 20 requests, one after the other, with progress climbing to 100 %', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const send = vi.fn(async (batch: ElderImportRowDto[]) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await Promise.resolve();
      inFlight -= 1;
      return validateAll(batch);
    });
    const percents: number[] = [];

    const result = await runInBatches(rows(10_000), send, { onProgress: (progress) => percents.push(progress.percent) });

    expect(send).toHaveBeenCalledTimes(20);
    expect(send.mock.calls.every(([batch]) => batch.length === 500)).toBe(true);
    expect(mostInFlight).toBe(1);
    expect(percents[0]).toBe(0);
    expect(percents.at(-1)).toBe(100);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(result.sent).toBe(10_000);
    expect(result.report.rows).toHaveLength(10_000);
    expect(result.cancelled).toBe(false);
  });

  it('should not reach 100 % before the last batch has answered', () => {
    expect(progressOf(9_999, 10_000).percent).toBe(99);
    expect(progressOf(10_000, 10_000).percent).toBe(100);
    expect(progressOf(0, 0).percent).toBe(100);
  });

  it('should merge reports in row order and add up what was created', () => {
    const merged = mergeReports([
      { created: 2, rows: [{ rowNumber: 5, outcome: 'CREATED', problems: [] }, { rowNumber: 3, outcome: 'CREATED', problems: [] }] },
      { created: 0, rows: [{ rowNumber: 4, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'ALREADY_REGISTERED' }] }] },
      { created: 1, rows: [{ rowNumber: 2, outcome: 'CREATED', problems: [] }] },
    ]);

    expect(merged.created).toBe(3);
    expect(merged.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5]);
  });

  it('should stop between batches when cancelled and return what was answered', async () => {
    let calls = 0;
    const result = await runInBatches(rows(1500), async (batch) => {
      calls += 1;
      return validateAll(batch);
    }, { isCancelled: () => calls >= 1 });

    expect(calls).toBe(1);
    expect(result).toMatchObject({ sent: 500, cancelled: true });
    expect(result.report.rows).toHaveLength(500);
  });

  it('should throw a BatchError carrying the API error and the batches answered before it', async () => {
    const failure = new ApiError(503, { code: ErrorCode.INTERNAL, message: 'down' });
    const send = vi.fn(validateAll).mockImplementationOnce(validateAll).mockRejectedValueOnce(failure);

    const error = await runInBatches(rows(1200), send).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(BatchError);
    expect((error as BatchError).cause).toBe(failure);
    expect((error as BatchError).partial.sent).toBe(500);
    expect((error as BatchError).partial.report.rows).toHaveLength(500);
  });

  it('should find ID numbers repeated anywhere later in the file, across batches', () => {
    const file = rows(1200);
    file[900] = { ...file[900]!, idNumber: 'ID3' };
    file[1100] = { ...file[1100]!, idNumber: 'ID3' };

    expect(duplicatesInFile(file)).toEqual([
      { rowNumber: 902, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }] },
      { rowNumber: 1102, outcome: 'DUPLICATE', problems: [{ field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }] },
    ]);
  });
});
