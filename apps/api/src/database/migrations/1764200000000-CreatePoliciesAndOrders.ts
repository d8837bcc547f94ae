import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { dateColumn, idColumn, uuidRefColumn } from '../migration-columns.js';

const counter = (name: string) => ({ name, type: 'integer', default: 0 });

/** Subsidy policies and budgets, orders with their lines, events and ledger, usage counters, tickets. */
export class CreatePoliciesAndOrders1764200000000 implements MigrationInterface {
  name = 'CreatePoliciesAndOrders1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'subsidy_policies',
        columns: [
          idColumn(),
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'version', type: 'integer' },
          { name: 'status', type: 'varchar', length: '24' },
          dateColumn('effective_from'),
          { name: 'label', type: 'varchar', length: '128' },
          { name: 'document', type: 'text' },
          uuidRefColumn('created_by', true),
          { name: 'created_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          uuidRefColumn('submitted_by', true),
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          uuidRefColumn('decided_by', true),
          { name: 'decided_at', type: 'datetime', isNullable: true },
          { name: 'decision_note', type: 'varchar', length: '255', isNullable: true },
        ],
        uniques: [{ name: 'uq_policy_region_version', columnNames: ['region_code', 'version'] }],
        indices: [{ columnNames: ['region_code', 'status', 'effective_from'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'subsidy_budgets',
        columns: [
          idColumn(),
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'month', type: 'varchar', length: '7' },
          { name: 'source', type: 'varchar', length: '24' },
          { name: 'budget_fen', type: 'integer' },
          counter('spent_fen'),
          { name: 'hard_stop', type: 'boolean', default: false },
        ],
        uniques: [{ name: 'uq_budget_region_month_source', columnNames: ['region_code', 'month', 'source'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'orders',
        columns: [
          idColumn(),
          { name: 'ticket_no', type: 'varchar', length: '16' },
          { name: 'idempotency_key', type: 'varchar', length: '64', isUnique: true },
          { name: 'request_hash', type: 'varchar', length: '64' },
          uuidRefColumn('canteen_id'),
          { name: 'canteen_region_code', type: 'varchar', length: '12' },
          uuidRefColumn('elder_id', true),
          { name: 'elder_region_code', type: 'varchar', length: '12', isNullable: true },
          dateColumn('service_date'),
          { name: 'slot', type: 'varchar', length: '16' },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          uuidRefColumn('policy_id', true),
          { name: 'policy_version', type: 'integer', isNullable: true },
          { name: 'tier_code', type: 'varchar', length: '32', isNullable: true },
          { name: 'items_fen', type: 'integer' },
          { name: 'delivery_fee_fen', type: 'integer' },
          { name: 'total_fen', type: 'integer' },
          { name: 'subsidy_fen', type: 'integer' },
          { name: 'payable_fen', type: 'integer' },
          { name: 'funding', type: 'text' },
          { name: 'reasons', type: 'text' },
          { name: 'counted_meal', type: 'boolean', default: false },
          { name: 'payment_method', type: 'varchar', length: '16' },
          { name: 'placed_by_kind', type: 'varchar', length: '8' },
          uuidRefColumn('placed_by_id'),
          { name: 'placed_at', type: 'datetime' },
          { name: 'paid_at', type: 'datetime', isNullable: true },
          { name: 'served_at', type: 'datetime', isNullable: true },
          { name: 'cancelled_at', type: 'datetime', isNullable: true },
          { name: 'cancel_reason', type: 'varchar', length: '255', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['canteen_id'], referencedTableName: 'canteens', referencedColumnNames: ['id'] }],
        indices: [
          { columnNames: ['canteen_id', 'service_date'] },
          { columnNames: ['elder_id', 'service_date'] },
          { columnNames: ['service_date'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_lines',
        columns: [
          idColumn(),
          uuidRefColumn('order_id'),
          uuidRefColumn('menu_item_id'),
          uuidRefColumn('dish_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'price_fen', type: 'integer' },
          { name: 'qty', type: 'integer' },
        ],
        foreignKeys: [{ columnNames: ['order_id'], referencedTableName: 'orders', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['order_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'subsidy_ledger',
        columns: [
          idColumn(),
          uuidRefColumn('order_id'),
          uuidRefColumn('elder_id'),
          uuidRefColumn('canteen_id'),
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'source', type: 'varchar', length: '24' },
          { name: 'fen', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '16' },
          dateColumn('service_date'),
          { name: 'month', type: 'varchar', length: '7' },
          { name: 'created_at', type: 'datetime' },
        ],
        foreignKeys: [{ columnNames: ['order_id'], referencedTableName: 'orders', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['order_id'] }, { columnNames: ['region_code', 'month'] }, { columnNames: ['canteen_id', 'month'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_events',
        columns: [
          idColumn(),
          uuidRefColumn('order_id'),
          { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '16' },
          { name: 'actor_kind', type: 'varchar', length: '8' },
          uuidRefColumn('actor_id'),
          { name: 'actor_name', type: 'varchar', length: '64' },
          { name: 'reason', type: 'varchar', length: '255', isNullable: true },
          { name: 'at', type: 'datetime' },
        ],
        indices: [{ columnNames: ['order_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'elder_usage_days',
        columns: [
          { ...uuidRefColumn('elder_id'), isPrimary: true },
          { ...dateColumn('service_date'), isPrimary: true },
          counter('meals'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'elder_usage_slots',
        columns: [
          { ...uuidRefColumn('elder_id'), isPrimary: true },
          { ...dateColumn('service_date'), isPrimary: true },
          { name: 'slot', type: 'varchar', length: '16', isPrimary: true },
          counter('meals'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'elder_usage_months',
        columns: [
          { ...uuidRefColumn('elder_id'), isPrimary: true },
          { name: 'month', type: 'varchar', length: '7', isPrimary: true },
          counter('subsidy_fen'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ticket_counters',
        columns: [
          { ...uuidRefColumn('canteen_id'), isPrimary: true },
          { ...dateColumn('service_date'), isPrimary: true },
          { name: 'prefix', type: 'varchar', length: '2', isPrimary: true },
          counter('last'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'ticket_counters',
      'elder_usage_months',
      'elder_usage_slots',
      'elder_usage_days',
      'order_events',
      'subsidy_ledger',
      'order_lines',
      'orders',
      'subsidy_budgets',
      'subsidy_policies',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
