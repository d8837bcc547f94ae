import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from '../../common/database/bulk-insert.js';
import { CanteenEntity } from '../canteens/canteen.entity.js';
import { ElderEntity } from '../elders/elder.entity.js';
import {
  OrderEntity,
  OrderEventEntity,
  OrderLineEntity,
  type OrderStatus,
  SubsidyLedgerEntity,
} from './order.entity.js';

export interface OrderSearch {
  /** LIKE pattern of the actor's scope: an order is visible when its canteen or its elder's district lies in it. */
  scopePattern: string;
  /** Canteen staff: only their canteen. */
  canteenId?: string;
  from?: string;
  to?: string;
  status?: OrderStatus;
  channel?: string;
  elderId?: string;
  ticketNo?: string;
  offset: number;
  limit: number;
}

/** The columns a status change sets besides the status itself. */
export type OrderTransition = Partial<
  Pick<OrderEntity, 'paidAt' | 'servedAt' | 'cancelledAt' | 'cancelReason' | 'paymentMethod'>
>;

@Injectable()
export class OrdersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get source(): DataSource {
    return this.dataSource;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrderEntity | null> {
    return manager.findOneBy(OrderEntity, { id });
  }

  /** The order a client's idempotency key already made, if any: a narrow look-up first (almost always none). */
  async findByIdempotencyKey(key: string): Promise<OrderEntity | null> {
    const [known] = await this.dataSource.query<{ id: string }[]>('SELECT id FROM orders WHERE idempotency_key = ?', [key]);
    return known ? this.findById(known.id) : null;
  }

  findLines(orderIds: readonly string[]): Promise<OrderLineEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(OrderLineEntity, 'line')
      .where('line.order_id IN (:...orderIds)', { orderIds: [...orderIds] })
      .orderBy('line.order_id')
      .addOrderBy('line.id')
      .getMany();
  }

  findEvents(orderId: string): Promise<OrderEventEntity[]> {
    return this.dataSource.manager.find(OrderEventEntity, { where: { orderId }, order: { at: 'ASC' } });
  }

  /** The order, its lines, its ledger rows and its first event: all in the caller's transaction. */
  async insertPlaced(
    manager: EntityManager,
    order: OrderEntity,
    lines: readonly OrderLineEntity[],
    ledger: readonly SubsidyLedgerEntity[],
    event: OrderEventEntity,
  ): Promise<void> {
    await bulkInsert(manager, OrderEntity, [order]);
    await bulkInsert(manager, OrderLineEntity, lines);
    await this.insertLedger(manager, ledger);
    await this.insertEvent(manager, event);
  }

  insertLedger(manager: EntityManager, rows: readonly SubsidyLedgerEntity[]): Promise<void> {
    return bulkInsert(manager, SubsidyLedgerEntity, rows);
  }

  insertEvent(manager: EntityManager, event: OrderEventEntity): Promise<void> {
    return bulkInsert(manager, OrderEventEntity, [event]);
  }

  /**
   * Moves an order from one of `from` to `to` with one guarded `UPDATE … WHERE status IN (:from)`, so two
   * people acting on one order at once cannot both succeed; false when it was in none of them any more.
   */
  async transition(
    manager: EntityManager,
    id: string,
    from: readonly OrderStatus[],
    to: OrderStatus,
    changes: OrderTransition,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OrderEntity)
      .set({ ...changes, status: to })
      .where('id = :id AND status IN (:...from)', { id, from: [...from] })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async search(search: OrderSearch): Promise<{ rows: OrderEntity[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(OrderEntity, 'o')
      .where('(o.canteen_region_code LIKE :scope OR o.elder_region_code LIKE :scope)', { scope: search.scopePattern });
    if (search.canteenId) query.andWhere('o.canteen_id = :canteenId', { canteenId: search.canteenId });
    if (search.from) query.andWhere('o.service_date >= :from', { from: search.from });
    if (search.to) query.andWhere('o.service_date <= :to', { to: search.to });
    if (search.status) query.andWhere('o.status = :status', { status: search.status });
    if (search.channel) query.andWhere('o.channel = :channel', { channel: search.channel });
    if (search.elderId) query.andWhere('o.elder_id = :elderId', { elderId: search.elderId });
    if (search.ticketNo) query.andWhere('o.ticket_no = :ticketNo', { ticketNo: search.ticketNo.toUpperCase() });
    const [rows, total] = await query
      .orderBy('o.service_date', 'DESC')
      .addOrderBy('o.placed_at', 'DESC')
      .addOrderBy('o.id', 'ASC')
      .skip(search.offset)
      .take(search.limit)
      .getManyAndCount();
    return { rows, total };
  }

  async canteenNames(ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(CanteenEntity, 'canteen')
      .select(['canteen.id', 'canteen.name'])
      .where('canteen.id IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async elderNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(ElderEntity, 'elder')
      .select(['elder.id', 'elder.name'])
      .where('elder.id IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
