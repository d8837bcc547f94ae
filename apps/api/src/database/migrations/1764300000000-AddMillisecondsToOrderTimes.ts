import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Order times to the millisecond on MySQL (SQLite already keeps them): an order's events, and the orders of
 * one elder, must sort in the order they happened even within one second.
 */
export class AddMillisecondsToOrderTimes1764300000000 implements MigrationInterface {
  name = 'AddMillisecondsToOrderTimes1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'mysql') return;
    await queryRunner.query(
      'ALTER TABLE orders MODIFY placed_at DATETIME(3) NOT NULL, MODIFY paid_at DATETIME(3) NULL, ' +
        'MODIFY served_at DATETIME(3) NULL, MODIFY cancelled_at DATETIME(3) NULL',
    );
    await queryRunner.query('ALTER TABLE order_events MODIFY at DATETIME(3) NOT NULL');
    await queryRunner.query('ALTER TABLE subsidy_ledger MODIFY created_at DATETIME(3) NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'mysql') return;
    await queryRunner.query(
      'ALTER TABLE orders MODIFY placed_at DATETIME NOT NULL, MODIFY paid_at DATETIME NULL, ' +
        'MODIFY served_at DATETIME NULL, MODIFY cancelled_at DATETIME NULL',
    );
    await queryRunner.query('ALTER TABLE order_events MODIFY at DATETIME NOT NULL');
    await queryRunner.query('ALTER TABLE subsidy_ledger MODIFY created_at DATETIME NOT NULL');
  }
}
