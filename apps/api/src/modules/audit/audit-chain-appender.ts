import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../common/database/bulk-insert.js';
import { AuditChainEntity, AuditEntryEntity } from './audit-entry.entity.js';
import { auditEntryHash, canonicalJson, GENESIS_HASH, type HashedAuditFields } from './audit-hash.js';

export interface AuditActor {
  id: string | null;
  name: string;
  role: string;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  regionCode?: string | null;
  /** What it was and what it became; personal data only in masked form. */
  before?: object | null;
  after?: object | null;
}

/** One entry to append: who did what, and when. */
export interface TimedAuditRecord {
  actor: AuditActor;
  record: AuditRecord;
  at: Date;
}

/**
 * Appends entries to one chain under one lock of its head: read the head (locked on MySQL; created for a
 * chain's first entry), hash each entry onto the previous one, insert them, store the new last number and
 * hash. Must run in the caller's transaction, as late in it as possible: the head stays locked until commit.
 */
export async function appendAuditEntries(
  manager: EntityManager,
  chain: string,
  entries: readonly TimedAuditRecord[],
): Promise<void> {
  if (entries.length === 0) return;
  const head = (await lockHead(manager, chain)) ?? (await createHead(manager, chain));
  let prevHash = head.lastHash;
  const firstSeq = head.lastSeq + 1;
  const rows = entries.map(({ actor, record, at }, index) => {
    const fields: HashedAuditFields = {
      seq: firstSeq + index,
      occurredAt: at.toISOString(),
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      regionCode: record.regionCode ?? null,
      beforeJson: record.before ? canonicalJson(record.before) : null,
      afterJson: record.after ? canonicalJson(record.after) : null,
    };
    const row = { ...fields, chain, prevHash, hash: auditEntryHash(prevHash, fields) };
    prevHash = row.hash;
    return row;
  });
  await bulkInsert(manager, AuditEntryEntity, rows);
  await manager.query('UPDATE audit_chains SET last_seq = ?, last_hash = ? WHERE chain = ?', [head.lastSeq + entries.length, prevHash, chain]);
}

/** The chain's head, locked until the transaction ends (MySQL; SQLite has one writer at a time anyway). */
async function lockHead(manager: EntityManager, chain: string): Promise<{ lastSeq: number; lastHash: string } | null> {
  const lock = manager.connection.options.type === 'mysql' ? ' FOR UPDATE' : '';
  const [head] = await manager.query<{ last_seq: number | string; last_hash: string }[]>(
    `SELECT last_seq, last_hash FROM audit_chains WHERE chain = ?${lock}`,
    [chain],
  );
  return head ? { lastSeq: Number(head.last_seq), lastHash: head.last_hash } : null;
}

/** A chain's first entry: its head is created (a concurrent creator's row is kept) and then locked. */
async function createHead(manager: EntityManager, chain: string): Promise<{ lastSeq: number; lastHash: string }> {
  await manager.createQueryBuilder().insert().into(AuditChainEntity).values({ chain, lastSeq: 0, lastHash: GENESIS_HASH }).orIgnore().execute();
  const head = await lockHead(manager, chain);
  if (!head) throw new Error(`audit chain ${chain} has no head`);
  return head;
}
