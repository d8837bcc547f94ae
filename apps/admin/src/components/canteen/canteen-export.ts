import type { CanteenDto } from '@/api/types';
import type { ExcelColumn } from '@/utils/excel';
import { slotSummary } from './canteen-display';

type Translate = (key: string) => string;

/** Columns of the canteen list export, headers and enum values in the UI language. */
export function canteenExportColumns(t: Translate): ExcelColumn<CanteenDto>[] {
  return [
    { header: t('canteens.fields.code'), width: 14, value: (row) => row.code },
    { header: t('canteens.fields.name'), width: 28, value: (row) => row.name },
    { header: t('canteens.fields.kind'), width: 12, value: (row) => t(`canteenKinds.${row.kind}`) },
    { header: t('canteens.fields.regionCode'), width: 15, value: (row) => row.regionCode },
    { header: t('canteens.fields.region'), width: 18, value: (row) => row.regionName },
    { header: t('canteens.fields.address'), width: 36, value: (row) => row.address },
    { header: t('canteens.fields.status'), width: 10, value: (row) => t(`canteenStatuses.${row.status}`) },
    { header: t('canteens.fields.openedOn'), width: 12, value: (row) => row.openedOn },
    { header: t('canteens.fields.seats'), width: 8, value: (row) => row.seats },
    { header: t('canteens.fields.dailyCapacity'), width: 10, value: (row) => row.dailyCapacity },
    { header: t('canteens.fields.slots'), width: 36, value: (row) => slotSummary(row.slots, (slot) => t(`slots.${slot}`)) },
  ];
}
