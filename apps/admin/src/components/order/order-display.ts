import { DEFAULT_TIME_ZONE, formatYuan, localDateTime, SubsidyReason } from '@canteen/shared';
import type { OrderDetailDto, OrderDto, OrderStatus } from '@/api/types';
import type { ExcelColumn } from '@/utils/excel';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

export const ORDER_STATUS_TAGS: Record<OrderStatus, TagType> = {
  PLACED: 'warning',
  PAID: 'primary',
  SERVED: 'success',
  CANCELLED: 'info',
};

/** Every reason the engine or the API can give; the locale test checks each has words in both languages. */
export const SUBSIDY_REASONS: readonly SubsidyReason[] = Object.values(SubsidyReason);

/** Cancelling is possible before the meal is handed over. */
export function isCancellable(order: Pick<OrderDto, 'status'>): boolean {
  return order.status === 'PLACED' || order.status === 'PAID';
}

export interface TimelineStep {
  status: OrderStatus;
  at: string;
  /** Who made the change: the kiosk or the member of staff. */
  actor: string;
  /** The reason given (a cancellation's), as typed. */
  note: string | null;
}

/** The order's life as far as it went, oldest first, from its recorded status changes. */
export function orderTimeline(order: Pick<OrderDetailDto, 'events'>): TimelineStep[] {
  return order.events.map((event) => ({ status: event.toStatus, at: event.at, actor: event.actorName, note: event.reason }));
}

/** Each funding part's share of the subsidy in percent, one decimal (the parts add up to the whole by construction). */
export function fundingShares(order: Pick<OrderDto, 'funding' | 'subsidyFen'>): { source: string; fen: number; percent: number }[] {
  return order.funding.map((part) => ({
    source: part.source,
    fen: part.fen,
    percent: order.subsidyFen > 0 ? Math.round((part.fen * 1000) / order.subsidyFen) / 10 : 0,
  }));
}

type Translate = (key: string) => string;

/** An instant as the canteens' local "YYYY-MM-DD HH:MM" (what a spreadsheet reader expects). */
function localTime(instant: string): string {
  const { date, time } = localDateTime(new Date(instant), DEFAULT_TIME_ZONE);
  return `${date} ${time}`;
}

/** Columns of the order export: one row per order, amounts in yuan, reasons in words. */
export function orderExportColumns(t: Translate): ExcelColumn<OrderDto>[] {
  const yuanNumber = (fen: number) => Number(formatYuan(fen));
  return [
    { header: t('orders.fields.ticketNo'), width: 9, value: (order) => order.ticketNo },
    { header: t('orders.fields.serviceDate'), width: 12, value: (order) => order.serviceDate },
    { header: t('orders.fields.slot'), width: 8, value: (order) => t(`slots.${order.slot}`) },
    { header: t('orders.fields.canteen'), width: 22, value: (order) => order.canteen.name },
    { header: t('orders.fields.elder'), width: 10, value: (order) => order.elderMaskedName ?? t('orders.visitor') },
    { header: t('orders.fields.channel'), width: 8, value: (order) => t(`channels.${order.channel}`) },
    { header: t('orders.fields.status'), width: 9, value: (order) => t(`orderStatuses.${order.status}`) },
    { header: t('orders.fields.totalYuan'), width: 10, value: (order) => yuanNumber(order.totalFen) },
    { header: t('orders.fields.subsidyYuan'), width: 10, value: (order) => yuanNumber(order.subsidyFen) },
    { header: t('orders.fields.payableYuan'), width: 10, value: (order) => yuanNumber(order.payableFen) },
    { header: t('orders.fields.tierCode'), width: 12, value: (order) => order.tierCode },
    { header: t('orders.fields.policyVersion'), width: 8, value: (order) => order.policyVersion },
    {
      header: t('orders.fields.funding'),
      width: 30,
      value: (order) => order.funding.map((part) => `${t(`fundingSources.${part.source}`)} ${formatYuan(part.fen)}`).join('；'),
    },
    { header: t('orders.fields.reasons'), width: 40, value: (order) => order.reasons.map((reason) => t(`subsidyReasons.${reason}`)).join('；') },
    { header: t('orders.fields.paymentMethod'), width: 10, value: (order) => t(`paymentMethods.${order.paymentMethod}`) },
    { header: t('orders.fields.placedAt'), width: 18, value: (order) => localTime(order.placedAt) },
    { header: t('orders.fields.cancelReason'), width: 20, value: (order) => order.cancelReason },
  ];
}
