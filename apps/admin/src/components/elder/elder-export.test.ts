import { describe, expect, it } from 'vitest';
import type { ElderStatsDto, ElderSummaryDto } from '@/api/types';
import { i18n } from '@/locales';
import { buildWorkbook } from '@/utils/excel';
import { elderExportColumns, elderStatsSheets } from './elder-export';

const t = (key: string) => i18n.global.t(key);

const elder: ElderSummaryDto = {
  id: 'e1',
  name: '张秀英',
  idNumberMasked: '5301**********2344',
  sex: 'F',
  birthDate: '1945-06-01',
  age: 80,
  residentRegionCode: '530112001001',
  residentRegionName: '碧鸡社区',
  registeredRegionCode: '530112',
  status: 'SUSPENDED',
  categories: ['DIBAO', 'LIVES_ALONE'],
  assessmentGrade: 'MODERATE',
  reviewDueOn: '2026-05-01',
  reviewState: 'LAPSED',
  cardNumber: '100000000016',
};

describe('elder list export', () => {
  it('should write one row per elder with the masked ID number, translated words and the card number', async () => {
    i18n.global.locale.value = 'zh-CN';
    const columns = elderExportColumns(t, (code) => (code === '530112' ? '西山区' : code));
    const sheet = (await buildWorkbook({ name: '老人', columns, rows: [elder] })).getWorksheet('老人')!;
    const header = sheet.getRow(1).values as unknown[];
    const row = sheet.getRow(2).values as unknown[];
    const cell = (name: string) => row[header.indexOf(name)];

    expect(cell('身份证号')).toBe('5301**********2344');
    expect(cell('卡号')).toBe('100000000016');
    expect(cell('状态')).toBe('暂停');
    expect(cell('类别')).toBe('低保、独居');
    expect(cell('能力等级')).toBe('中度失能');
    expect(cell('复核状态')).toBe('已逾期');
    expect(cell('户籍地')).toBe('西山区');
    expect(cell('性别')).toBe('女');
  });

  it('should have no column that could carry a full ID number or phone', () => {
    const headers = elderExportColumns(t, (code) => code).map((column) => column.header);
    expect(headers).not.toContain(t('elders.fields.phone'));
    const values = elderExportColumns(t, (code) => code).map((column) => String(column.value(elder) ?? ''));
    expect(values.some((value) => /^\d{17}[\dX]$/.test(value))).toBe(false);
  });
});

describe('elder counts export', () => {
  const stats: ElderStatsDto = {
    total: 12,
    byCategory: [
      { category: 'DIBAO', count: 5 },
      { category: 'TEKUN', count: 2 },
    ],
    byAgeBand: [
      { ageBand: 'AGE_60_64', count: 4 },
      { ageBand: 'AGE_80_99', count: 8 },
    ],
    byRegion: [
      { regionCode: '530112001', regionName: '金碧街道', count: 7 },
      { regionCode: '530112002', regionName: '永昌街道', count: 5 },
    ],
  };

  it('should make one sheet per breakdown, with a total row where the parts add up to it', () => {
    i18n.global.locale.value = 'zh-CN';
    const sheets = elderStatsSheets(t, stats);

    expect(sheets.map((sheet) => sheet.name)).toEqual(['按类别', '按年龄段', '按区域']);
    expect(sheets[0]!.rows).toEqual([
      { label: '低保', code: 'DIBAO', count: 5 },
      { label: '特困', code: 'TEKUN', count: 2 },
    ]);
    // An elder can be in several categories: no total there.
    expect(sheets[1]!.rows.at(-1)).toEqual({ label: '合计', code: '', count: 12 });
    expect(sheets[2]!.rows.map((row) => row.count)).toEqual([7, 5, 12]);
  });
});
