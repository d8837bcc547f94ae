import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions.js';

/**
 * Column shapes the migrations share. Migrations are history: change these only in ways that produce the
 * same columns, or copy the old shape into the migration that used it.
 */
export const idColumn = (): TableColumnOptions => ({ name: 'id', type: 'varchar', length: '36', isPrimary: true });

export const uuidRefColumn = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isNullable,
});

export const createdAtColumn = (): TableColumnOptions => ({
  name: 'created_at',
  type: 'datetime',
  default: 'CURRENT_TIMESTAMP',
});

export const dateColumn = (name: string, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '10',
  isNullable,
});
