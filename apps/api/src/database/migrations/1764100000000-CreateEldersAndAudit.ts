import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { createdAtColumn, dateColumn, idColumn, uuidRefColumn } from '../migration-columns.js';

const proposalColumns = () => [
  { name: 'status', type: 'varchar', length: '16' },
  uuidRefColumn('proposed_by', true),
  { name: 'proposed_by_name', type: 'varchar', length: '64' },
  { name: 'proposed_at', type: 'datetime' },
  uuidRefColumn('decided_by', true),
  { name: 'decided_by_name', type: 'varchar', length: '64', isNullable: true },
  { name: 'decided_at', type: 'datetime', isNullable: true },
  { name: 'rejection_reason', type: 'varchar', length: '255', isNullable: true },
];

const elderForeignKey = () => ({
  columnNames: ['elder_id'],
  referencedTableName: 'elders',
  referencedColumnNames: ['id'],
});

/** Elders (encrypted identity), categories, assessments, cards, eligibility settings and the audit chain. */
export class CreateEldersAndAudit1764100000000 implements MigrationInterface {
  name = 'CreateEldersAndAudit1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'elders',
        columns: [
          idColumn(),
          { name: 'name', type: 'varchar', length: '64' },
          { name: 'id_number_cipher', type: 'varchar', length: '255' },
          { name: 'id_number_index', type: 'varchar', length: '64', isUnique: true },
          { name: 'id_number_masked', type: 'varchar', length: '18' },
          dateColumn('birth_date'),
          { name: 'sex', type: 'varchar', length: '1' },
          { name: 'phone_cipher', type: 'varchar', length: '255', isNullable: true },
          { name: 'phone_index', type: 'varchar', length: '64', isNullable: true },
          { name: 'phone_masked', type: 'varchar', length: '20', isNullable: true },
          { name: 'registered_region_code', type: 'varchar', length: '12' },
          { name: 'resident_region_code', type: 'varchar', length: '12' },
          { name: 'address', type: 'varchar', length: '255' },
          { name: 'emergency_contact_name', type: 'varchar', length: '64', isNullable: true },
          { name: 'emergency_contact_phone_cipher', type: 'varchar', length: '255', isNullable: true },
          { name: 'emergency_contact_phone_masked', type: 'varchar', length: '20', isNullable: true },
          { name: 'diet_tags', type: 'text' },
          { name: 'allergies', type: 'varchar', length: '255', default: "''" },
          { name: 'photo_url', type: 'varchar', length: '512', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          dateColumn('status_effective_on', true),
          { name: 'status_reason', type: 'varchar', length: '255', isNullable: true },
          dateColumn('verified_on', true),
          dateColumn('review_due_on', true),
          uuidRefColumn('created_by', true),
          createdAtColumn(),
          { name: 'updated_at', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [
          { columnNames: ['resident_region_code'], referencedTableName: 'regions', referencedColumnNames: ['code'] },
        ],
        indices: [
          { columnNames: ['resident_region_code'] },
          { columnNames: ['registered_region_code'] },
          { columnNames: ['phone_index'] },
          { columnNames: ['name'] },
          { columnNames: ['review_due_on'] },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'elder_categories',
        columns: [
          idColumn(),
          uuidRefColumn('elder_id'),
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'source', type: 'varchar', length: '128' },
          { name: 'evidence_note', type: 'varchar', length: '500', default: "''" },
          dateColumn('valid_from'),
          dateColumn('valid_to', true),
          ...proposalColumns(),
        ],
        foreignKeys: [elderForeignKey()],
        indices: [{ columnNames: ['elder_id'] }, { columnNames: ['status'] }, { columnNames: ['category'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'elder_assessments',
        columns: [
          idColumn(),
          uuidRefColumn('elder_id'),
          { name: 'assessor_org', type: 'varchar', length: '128' },
          dateColumn('assessed_on'),
          { name: 'grade', type: 'varchar', length: '16' },
          { name: 'report_ref', type: 'varchar', length: '128' },
          dateColumn('valid_until'),
          ...proposalColumns(),
        ],
        foreignKeys: [elderForeignKey()],
        indices: [{ columnNames: ['elder_id'] }, { columnNames: ['status'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'elder_cards',
        columns: [
          idColumn(),
          uuidRefColumn('elder_id'),
          { name: 'card_number', type: 'varchar', length: '12', isUnique: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'issued_at', type: 'datetime' },
          { name: 'blocked_at', type: 'datetime', isNullable: true },
          { name: 'blocked_reason', type: 'varchar', length: '64', isNullable: true },
        ],
        foreignKeys: [elderForeignKey()],
        indices: [{ columnNames: ['elder_id'] }],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'eligibility_settings',
        columns: [
          { name: 'region_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'review_interval_months', type: 'integer' },
          uuidRefColumn('updated_by', true),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
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
        indices: [{ columnNames: ['entity_type', 'entity_id'] }, { columnNames: ['actor_id'] }],
      }),
    );

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
    await queryRunner.query('INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (?, ?, ?)', [
      1,
      0,
      '0'.repeat(64),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'audit_chain_head',
      'audit_entries',
      'eligibility_settings',
      'elder_cards',
      'elder_assessments',
      'elder_categories',
      'elders',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
