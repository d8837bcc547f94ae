import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssessmentGrade, MealSlot, OrderChannel } from '@canteen/shared';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { CanteenEntity } from '../canteens/canteen.entity.js';
import { ElderAssessmentEntity, ElderCategoryEntity } from '../elders/elder-records.entity.js';
import { ElderEntity } from '../elders/elder.entity.js';
import { OrderEntity, OrderLineEntity } from '../orders/order.entity.js';
import type { SimulationElder, SimulationOrder } from './policy-simulator.js';

export interface SimulationData {
  orders: SimulationOrder[];
  elders: Map<string, SimulationElder>;
  canteenNames: Map<string, string>;
}

interface OrderRow {
  id: string;
  elderId: string;
  canteenId: string;
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  deliveryFeeFen: number | string;
  subsidyFen: number | string;
  tierCode: string | null;
  funding: string | null;
  reasons: string | null;
}

function parseJsonArray<T>(text: string | null): T[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/**
 * Reads everything a policy simulation needs for one district and period in six queries, whatever the
 * number of orders: the orders, their lines, and the elders, category records, assessments and canteens
 * they refer to (each selected through the same order filter, never an IN list of ids).
 */
@Injectable()
export class PolicySimulationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadPeriod(district: string, from: string, to: string): Promise<SimulationData> {
    const params = { districtPattern: `${district}%`, from, to };
    const manager = this.dataSource.manager;
    const filter = <T extends object>(query: SelectQueryBuilder<T>, alias: string) =>
      query
        .andWhere(`${alias}.elder_region_code LIKE :districtPattern`)
        .andWhere(`${alias}.elder_id IS NOT NULL`)
        .andWhere(`${alias}.status <> 'CANCELLED'`)
        .andWhere(`${alias}.service_date >= :from AND ${alias}.service_date <= :to`)
        .setParameters(params);
    const orderIds = () => filter(manager.createQueryBuilder(OrderEntity, 'scoped').select('scoped.id'), 'scoped');
    const elderIds = () => filter(manager.createQueryBuilder(OrderEntity, 'scoped').select('scoped.elder_id'), 'scoped');
    const canteenIds = () => filter(manager.createQueryBuilder(OrderEntity, 'scoped').select('scoped.canteen_id'), 'scoped');

    const orderRows = await filter(manager.createQueryBuilder(OrderEntity, 'o'), 'o')
      .select('o.id', 'id')
      .addSelect('o.elder_id', 'elderId')
      .addSelect('o.canteen_id', 'canteenId')
      .addSelect('o.service_date', 'serviceDate')
      .addSelect('o.slot', 'slot')
      .addSelect('o.channel', 'channel')
      .addSelect('o.delivery_fee_fen', 'deliveryFeeFen')
      .addSelect('o.subsidy_fen', 'subsidyFen')
      .addSelect('o.tier_code', 'tierCode')
      .addSelect('o.funding', 'funding')
      .addSelect('o.reasons', 'reasons')
      // The order the live counters saw them in.
      .orderBy('o.placed_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .getRawMany<OrderRow>();

    const lineRows = await manager
      .createQueryBuilder(OrderLineEntity, 'line')
      .select('line.order_id', 'orderId')
      .addSelect('line.price_fen', 'priceFen')
      .addSelect('line.qty', 'qty')
      .where(`line.order_id IN (${orderIds().getQuery()})`)
      .setParameters(params)
      .getRawMany<{ orderId: string; priceFen: number | string; qty: number | string }>();
    const itemsByOrder = new Map<string, { priceFen: number; qty: number }[]>();
    for (const line of lineRows) {
      const items = itemsByOrder.get(line.orderId) ?? [];
      items.push({ priceFen: Number(line.priceFen), qty: Number(line.qty) });
      itemsByOrder.set(line.orderId, items);
    }

    const elderRows = await manager
      .createQueryBuilder(ElderEntity, 'elder')
      .select('elder.id', 'id')
      .addSelect('elder.birth_date', 'birthDate')
      .where(`elder.id IN (${elderIds().getQuery()})`)
      .setParameters(params)
      .getRawMany<{ id: string; birthDate: string }>();
    const elders = new Map<string, SimulationElder>(
      elderRows.map((row) => [row.id, { birthDate: row.birthDate, categories: [], assessments: [] }]),
    );

    const categoryRows = await manager
      .createQueryBuilder(ElderCategoryEntity, 'category')
      .select('category.elder_id', 'elderId')
      .addSelect('category.category', 'category')
      .addSelect('category.valid_from', 'validFrom')
      .addSelect('category.valid_to', 'validTo')
      .where(`category.elder_id IN (${elderIds().getQuery()})`)
      .andWhere("category.status = 'APPROVED' AND category.valid_from <= :to")
      .andWhere('(category.valid_to IS NULL OR category.valid_to >= :from)')
      .setParameters(params)
      .getRawMany<{ elderId: string; category: string; validFrom: string; validTo: string | null }>();
    for (const row of categoryRows) {
      elders.get(row.elderId)?.categories.push({ category: row.category, validFrom: row.validFrom, validTo: row.validTo });
    }

    const assessmentRows = await manager
      .createQueryBuilder(ElderAssessmentEntity, 'assessment')
      .select('assessment.elder_id', 'elderId')
      .addSelect('assessment.grade', 'grade')
      .addSelect('assessment.assessed_on', 'assessedOn')
      .addSelect('assessment.valid_until', 'validUntil')
      .where(`assessment.elder_id IN (${elderIds().getQuery()})`)
      .andWhere("assessment.status = 'APPROVED' AND assessment.assessed_on <= :to AND assessment.valid_until >= :from")
      .setParameters(params)
      .getRawMany<{ elderId: string; grade: AssessmentGrade; assessedOn: string; validUntil: string }>();
    for (const row of assessmentRows) {
      elders.get(row.elderId)?.assessments.push({ grade: row.grade, assessedOn: row.assessedOn, validUntil: row.validUntil });
    }

    const canteenRows = await manager
      .createQueryBuilder(CanteenEntity, 'canteen')
      .select('canteen.id', 'id')
      .addSelect('canteen.name', 'name')
      .where(`canteen.id IN (${canteenIds().getQuery()})`)
      .setParameters(params)
      .getRawMany<{ id: string; name: string }>();

    return {
      orders: orderRows.map((row) => ({
        id: row.id,
        elderId: row.elderId,
        canteenId: row.canteenId,
        serviceDate: row.serviceDate,
        slot: row.slot,
        channel: row.channel,
        deliveryFeeFen: Number(row.deliveryFeeFen),
        items: itemsByOrder.get(row.id) ?? [],
        actual: {
          subsidyFen: Number(row.subsidyFen),
          tierCode: row.tierCode,
          funding: parseJsonArray<{ source: string; fen: number }>(row.funding).map((part) => ({
            source: part.source,
            fen: Number(part.fen),
          })),
          reasons: parseJsonArray<string>(row.reasons),
        },
      })),
      elders,
      canteenNames: new Map(canteenRows.map((row) => [row.id, row.name])),
    };
  }
}
