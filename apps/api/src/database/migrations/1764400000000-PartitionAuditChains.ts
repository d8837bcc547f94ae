import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { uuidRefColumn } from '../migration-columns.js';

/**
 * The audit log becomes several hash chains, each with its own head row: `main` (registry, policies,
 * budgets) and one per canteen for its orders (`orders:<canteen id>`), so order transactions of different
 * canteens no longer queue on one lock. Existing entries stay in `main` with their numbers and hashes.
 */
export class PartitionAuditChains1764400000000 implements MigrationInterface {
  name = 'PartitionAuditChains1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_chains',
        columns: [
          { name: 'chain', type: 'varchar', length: '64', isPrimary: true },
          { name: 'last_seq', type: 'integer' },
          { name: 'last_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.query("INSERT INTO audit_chains (chain, last_seq, last_hash) SELECT 'main', last_seq, last_hash FROM audit_chain_head");
    await queryRunner.dropTable('audit_chain_head');
    // A new primary key (chain, seq): the table is rebuilt, the same way on SQLite and MySQL.
    await queryRunner.createTable(auditEntriesTable('audit_entries_chained', true));
    await queryRunner.query(
      `INSERT INTO audit_entries_chained (chain, ${ENTRY_COLUMNS.join(', ')}) SELECT 'main', ${ENTRY_COLUMNS.join(', ')} FROM audit_entries`,
    );
    await queryRunner.dropTable('audit_entries');
    await queryRunner.renameTable('audit_entries_chained', 'audit_entries');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(auditEntriesTable('audit_entries_single', false));
    await queryRunner.query(
      `INSERT INTO audit_entries_single (${ENTRY_COLUMNS.join(', ')}) SELECT ${ENTRY_COLUMNS.join(', ')} FROM audit_entries WHERE chain = 'main'`,
    );
    await queryRunner.dropTable('audit_entries');
    await queryRunner.renameTable('audit_entries_single', 'audit_entries');
    await queryRunner.createTable(
      new Table({
        name: 'audit_chain_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'last_seq', type: 'integer' },
          { name: 'last_hash', type: 'varchar', length: '64' },
        ],
      }),
    );
    await queryRunner.query("INSERT INTO audit_chain_head (id, last_seq, last_hash) SELECT 1, last_seq, last_hash FROM audit_chains WHERE chain = 'main'");
    await queryRunner.dropTable('audit_chains');
  }
}

const ENTRY_COLUMNS = [
  'seq',
  'occurred_at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'entity_type',
  'entity_id',
  'region_code',
  'before_json',
  'after_json',
  'prev_hash',
  'hash',
];

/**
 * The audit entries table under a temporary name, with or without the chain column (and the composite key
 * it brings); its indexes are named for the table it becomes once renamed.
 */
function auditEntriesTable(name: string, chained: boolean): Table {
  const indexPrefix = chained ? 'idx_audit_entries' : 'idx_audit_entries_v1';
  return new Table({
    name,
    columns: [
      ...(chained ? [{ name: 'chain', type: 'varchar', length: '64', isPrimary: true }] : []),
      { name: 'seq', type: 'integer', isPrimary: true },
      { name: 'occurred_at', type: 'varchar', length: '30' },
      uuidRefColumn('actor_id', true),
      { name: 'actor_name', type: 'varchar', length: '64' },
      { name: 'actor_role', type: 'varchar', length: '32' },
      { name: 'action', type: 'varchar', length: '64' },
      { name: 'entity_type', type: 'varchar', length: '32' },
      { name: 'entity_id', type: 'varchar', length: '64' },
      { name: 'region_code', type: 'varchar', length: '12', isNullable: true },
      { name: 'before_json', type: 'text', isNullable: true },
      { name: 'after_json', type: 'text', isNullable: true },
      { name: 'prev_hash', type: 'varchar', length: '64' },
      { name: 'hash', type: 'varchar', length: '64' },
    ],
    indices: [
      { name: `${indexPrefix}_entity`, columnNames: ['entity_type', 'entity_id'] },
      { name: `${indexPrefix}_actor`, columnNames: ['actor_id'] },
    ],
  });
}
