import type { ElderStatsDto, ElderSummaryDto } from '@/api/types';
import type { ExcelColumn, ExcelSheet } from '@/utils/excel';

type Translate = (key: string) => string;

/**
 * Columns of the elder list export. Only the masked ID number leaves the system this way: a full
 * number is read one elder at a time, with an audit entry, never in bulk.
 */
export function elderExportColumns(t: Translate, regionName: (code: string) => string): ExcelColumn<ElderSummaryDto>[] {
  return [
    { header: t('elders.fields.name'), width: 12, value: (row) => row.name },
    { header: t('elders.fields.idNumber'), width: 22, value: (row) => row.idNumberMasked },
    { header: t('elders.fields.cardNumber'), width: 16, value: (row) => row.cardNumber },
    { header: t('elders.fields.sex'), width: 6, value: (row) => t(`sexes.${row.sex}`) },
    { header: t('elders.fields.birthDate'), width: 12, value: (row) => row.birthDate },
    { header: t('elders.fields.age'), width: 6, value: (row) => row.age },
    { header: t('elders.fields.residentRegionCode'), width: 15, value: (row) => row.residentRegionCode },
    { header: t('elders.fields.residentRegion'), width: 18, value: (row) => row.residentRegionName },
    { header: t('elders.fields.registeredRegion'), width: 18, value: (row) => regionName(row.registeredRegionCode) },
    { header: t('elders.fields.status'), width: 10, value: (row) => t(`elderStatuses.${row.status}`) },
    {
      header: t('elders.fields.categories'),
      width: 28,
      value: (row) => row.categories.map((category) => t(`elderCategories.${category}`)).join('、'),
    },
    {
      header: t('elders.fields.assessmentGrade'),
      width: 12,
      value: (row) => (row.assessmentGrade ? t(`assessmentGrades.${row.assessmentGrade}`) : ''),
    },
    { header: t('elders.fields.reviewState'), width: 10, value: (row) => t(`reviewStates.${row.reviewState}`) },
    { header: t('elders.fields.reviewDueOn'), width: 12, value: (row) => row.reviewDueOn },
  ];
}

interface CountRow {
  label: string;
  code: string;
  count: number;
}

/** The three count tables of the stats page, one sheet each, ready for `exportSheetsToExcel`. */
export function elderStatsSheets(t: Translate, stats: ElderStatsDto): ExcelSheet<CountRow>[] {
  const columns = (labelHeader: string): ExcelColumn<CountRow>[] => [
    { header: labelHeader, width: 22, value: (row) => row.label },
    { header: t('elderStats.code'), width: 16, value: (row) => row.code },
    { header: t('elderStats.count'), width: 10, value: (row) => row.count },
  ];
  const withTotal = (rows: CountRow[]): CountRow[] => [...rows, { label: t('elderStats.total'), code: '', count: stats.total }];
  return [
    {
      name: t('elderStats.byCategory'),
      columns: columns(t('elders.fields.categories')),
      rows: stats.byCategory.map((row) => ({ label: t(`elderCategories.${row.category}`), code: row.category, count: row.count })),
    },
    {
      name: t('elderStats.byAgeBand'),
      columns: columns(t('elders.fields.ageBand')),
      rows: withTotal(stats.byAgeBand.map((row) => ({ label: t(`ageBands.${row.ageBand}`), code: row.ageBand, count: row.count }))),
    },
    {
      name: t('elderStats.byRegion'),
      columns: columns(t('elders.fields.residentRegion')),
      rows: withTotal(stats.byRegion.map((row) => ({ label: row.regionName, code: row.regionCode, count: row.count }))),
    },
  ];
}
