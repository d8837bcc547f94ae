import { type MigrationInterface, type QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { createdAtColumn as createdAt, idColumn as id, uuidRefColumn as uuidRef } from '../migration-columns.js';

/** Regions, users, canteens, dishes, daily menus and kiosk devices. Table API: runs on SQLite and MySQL. */
export class CreateFoundation1764000000000 implements MigrationInterface {
  name = 'CreateFoundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'regions',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'parent_code', type: 'varchar', length: '12', isNullable: true },
        ],
        indices: [{ columnNames: ['parent_code'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'canteens',
        columns: [
          id(),
          { name: 'code', type: 'varchar', length: '32', isUnique: true },
          { name: 'name', type: 'varchar', length: '128' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'address', type: 'varchar', length: '255' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'opened_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'seats', type: 'integer' },
          { name: 'daily_capacity', type: 'integer' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'slots', type: 'text' },
          createdAt(),
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [{ columnNames: ['region_code'], referencedTableName: 'regions', referencedColumnNames: ['code'] }],
        indices: [{ columnNames: ['region_code'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          { name: 'username', type: 'varchar', length: '64', isUnique: true },
          { name: 'display_name', type: 'varchar', length: '64' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'region_code', type: 'varchar', length: '12' },
          uuidRef('canteen_id', true),
          { name: 'active', type: 'boolean', default: true },
          { name: 'failed_login_count', type: 'integer', default: 0 },
          { name: 'locked_until', type: 'datetime', isNullable: true },
          createdAt(),
        ],
        foreignKeys: [
          { columnNames: ['region_code'], referencedTableName: 'regions', referencedColumnNames: ['code'] },
          { columnNames: ['canteen_id'], referencedTableName: 'canteens', referencedColumnNames: ['id'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'dishes',
        columns: [
          id(),
          uuidRef('canteen_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'description', type: 'varchar', length: '255', default: "''" },
          { name: 'photo_url', type: 'varchar', length: '512', isNullable: true },
          { name: 'price_fen', type: 'integer' },
          { name: 'diet_tags', type: 'text' },
          { name: 'allergens', type: 'text' },
          { name: 'active', type: 'boolean', default: true },
          createdAt(),
        ],
        foreignKeys: [{ columnNames: ['canteen_id'], referencedTableName: 'canteens', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['canteen_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'daily_menus',
        columns: [
          id(),
          uuidRef('canteen_id'),
          { name: 'service_date', type: 'varchar', length: '10' },
          { name: 'slot', type: 'varchar', length: '16' },
        ],
        foreignKeys: [{ columnNames: ['canteen_id'], referencedTableName: 'canteens', referencedColumnNames: ['id'] }],
        uniques: [{ name: 'uq_daily_menus_canteen_date_slot', columnNames: ['canteen_id', 'service_date', 'slot'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'daily_menu_items',
        columns: [
          id(),
          uuidRef('daily_menu_id'),
          uuidRef('dish_id'),
          { name: 'price_fen', type: 'integer' },
          { name: 'portions', type: 'integer' },
          { name: 'portions_sold', type: 'integer', default: 0 },
          { name: 'sort_order', type: 'integer', default: 0 },
        ],
        indices: [{ columnNames: ['daily_menu_id'] }],
      }),
    );
    await queryRunner.createForeignKeys('daily_menu_items', [
      new TableForeignKey({
        columnNames: ['daily_menu_id'],
        referencedTableName: 'daily_menus',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      }),
      new TableForeignKey({ columnNames: ['dish_id'], referencedTableName: 'dishes', referencedColumnNames: ['id'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'kiosk_devices',
        columns: [
          id(),
          uuidRef('canteen_id'),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'token_hash', type: 'varchar', length: '64', isUnique: true },
          uuidRef('created_by', true),
          createdAt(),
          { name: 'last_seen_at', type: 'datetime', isNullable: true },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['canteen_id'], referencedTableName: 'canteens', referencedColumnNames: ['id'] }],
      }),
    );
    await queryRunner.createIndex('kiosk_devices', new TableIndex({ columnNames: ['canteen_id'] }));

    await queryRunner.createTable(
      new Table({
        name: 'rate_limit_buckets',
        columns: [
          { name: 'bucket_key', type: 'varchar', length: '191', isPrimary: true },
          { name: 'window_index', type: 'integer' },
          { name: 'hits', type: 'integer' },
        ],
        indices: [{ columnNames: ['window_index'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['rate_limit_buckets', 'kiosk_devices', 'daily_menu_items', 'daily_menus', 'dishes', 'users', 'canteens', 'regions']) {
      await queryRunner.dropTable(table);
    }
  }
}
