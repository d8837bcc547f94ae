import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { commitElderImportApi, validateElderImportApi } from '@/api/elders';
import type { ElderImportReportDto, ElderImportRowDto } from '@/api/types';
import { readSpreadsheetFile } from '@/utils/import/read-file';
import { useElderImportStore } from './elder-import';

vi.mock('@/api/elders', () => ({ validateElderImportApi: vi.fn(), commitElderImportApi: vi.fn() }));
vi.mock('@/utils/import/read-file', () => ({ readSpreadsheetFile: vi.fn() }));

const HEADER = ['姓名', '身份证号', '电话', '社区编码', '地址', '类别', '生效日期'];

/** A roll of `count` rows; row 9 repeats row 2's ID number, and every 10th row has a bad checksum on the server. */
function roll(count: number): string[][] {
  const rows = Array.from({ length: count }, (_, index) => [`老人${index}`, `ID${index}`, '', '530112001001', '碧鸡路', '低保', '2026-01-01']);
  if (rows[7]) rows[7][1] = 'ID0';
  return [HEADER, ...rows];
}

function serverReport(batch: ElderImportRowDto[], valid: 'VALID' | 'CREATED'): ElderImportReportDto {
  const rows = batch.map((row) =>
    row.rowNumber % 10 === 0
      ? { rowNumber: row.rowNumber, outcome: 'INVALID' as const, problems: [{ field: 'idNumber', reason: 'CHECKSUM' }] }
      : { rowNumber: row.rowNumber, outcome: valid, problems: [] },
  );
  return { created: valid === 'CREATED' ? rows.filter((row) => row.outcome === 'CREATED').length : 0, rows };
}

async function loaded(count: number) {
  vi.mocked(readSpreadsheetFile).mockResolvedValue(roll(count));
  const sut = useElderImportStore();
  await expect(sut.loadFile(new File(['x'], 'roll.xlsx'))).resolves.toBe(true);
  return sut;
}

describe('useElderImportStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(validateElderImportApi).mockReset().mockImplementation(async (batch) => serverReport(batch, 'VALID'));
    vi.mocked(commitElderImportApi).mockReset().mockImplementation(async (batch) => serverReport(batch, 'CREATED'));
  });

  it('should read the file and map its Chinese headers by itself', async () => {
    const sut = await loaded(3);

    expect(sut.step).toBe('mapping');
    expect(sut.sourceRows).toHaveLength(3);
    expect(sut.mapping).toEqual({ name: 0, idNumber: 1, phone: 2, residentRegionCode: 3, address: 4, categories: 5, categoryValidFrom: 6 });
    expect(sut.missingFields).toEqual([]);
  });

  it('should say why a file cannot be used', async () => {
    vi.mocked(readSpreadsheetFile).mockResolvedValue([HEADER]);
    const sut = useElderImportStore();

    await expect(sut.loadFile(new File([''], 'empty.csv'))).resolves.toBe(false);

    expect(sut.fileProblem).toBe('EMPTY');
    expect(sut.step).toBe('file');
  });

  it('should dry-run 1,234 rows in batches of 500 with progress reaching 100 %, and merge the reports', async () => {
    const sut = await loaded(1234);
    const percents: number[] = [];
    sut.$subscribe(() => percents.push(sut.progress.percent));

    await sut.validate();

    // Row 9 (a repeat of row 2's ID number) is reported here and not sent.
    expect(vi.mocked(validateElderImportApi).mock.calls.map(([batch]) => batch.length)).toEqual([500, 500, 233]);
    expect(sut.progress).toEqual({ done: 1233, total: 1233, percent: 100 });
    expect(percents.at(-1)).toBe(100);
    expect(sut.step).toBe('validated');
    expect(sut.validation?.rows).toHaveLength(1234);
    expect(sut.validation?.rows.map((row) => row.rowNumber)).toEqual(Array.from({ length: 1234 }, (_, index) => index + 2));
    expect(sut.reportLines.find((line) => line.rowNumber === 9)).toMatchObject({
      outcome: 'DUPLICATE',
      problems: [{ field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }],
      name: '老人7',
    });
    expect(sut.outcomeCounts).toEqual({ VALID: 1110, CREATED: 0, INVALID: 123, DUPLICATE: 1 });
  });

  it('should commit only the rows the dry run found valid, and report each row’s final outcome', async () => {
    const sut = await loaded(1234);
    await sut.validate();

    await sut.commit();

    const sent = vi.mocked(commitElderImportApi).mock.calls.flatMap(([batch]) => batch);
    expect(sent).toHaveLength(1110);
    expect(sent.every((row) => row.rowNumber % 10 !== 0 && row.rowNumber !== 9)).toBe(true);
    expect(vi.mocked(commitElderImportApi).mock.calls.map(([batch]) => batch.length)).toEqual([500, 500, 110]);
    expect(sut.step).toBe('committed');
    expect(sut.commitReport?.created).toBe(1110);
    expect(sut.outcomeCounts).toEqual({ VALID: 0, CREATED: 1110, INVALID: 123, DUPLICATE: 1 });
  });

  it('should show masked ID numbers in the report, never the full ones', async () => {
    vi.mocked(readSpreadsheetFile).mockResolvedValue([HEADER, ['张秀英', '530112195203150023', '', '530112001001', '碧鸡路', '', '']]);
    const sut = useElderImportStore();
    await sut.loadFile(new File(['x'], 'roll.csv'));

    await sut.validate();

    expect(sut.reportLines[0]).toMatchObject({ name: '张秀英', idNumberMasked: '5301**********0023' });
    expect(JSON.stringify(sut.reportLines)).not.toContain('530112195203150023');
  });

  it('should keep the answered batches and the error code when a batch fails', async () => {
    const sut = await loaded(1200);
    vi.mocked(validateElderImportApi)
      .mockImplementationOnce(async (batch) => serverReport(batch, 'VALID'))
      .mockRejectedValueOnce(Object.assign(new Error('down'), { code: 'NETWORK_ERROR' }));

    await sut.validate();

    expect(sut.errorCode).toBe('NETWORK_ERROR');
    expect(sut.step).toBe('mapping');
    expect(sut.running).toBeNull();
  });

  it('should not dry-run while a required column is unmapped', async () => {
    const sut = await loaded(3);
    sut.setMapping({ ...sut.mapping, idNumber: null });

    await sut.validate();

    expect(sut.missingFields).toEqual(['idNumber']);
    expect(validateElderImportApi).not.toHaveBeenCalled();
  });
});
