import type { EntityManager } from 'typeorm';
import { AuditChainEntity, AuditEntryEntity } from '../../modules/audit/audit-entry.entity.js';
import { auditEntryHash, canonicalJson, GENESIS_HASH, type HashedAuditFields } from '../../modules/audit/audit-hash.js';
import type { AuditActor, AuditRecord } from '../../modules/audit/audit.service.js';
import { bulkInsert } from './bulk-insert.js';

export interface TimedAuditRecord {
  actor: AuditActor;
  record: AuditRecord;
  at: Date;
}

/**
 * Appends entries to the hash chain exactly as `AuditService.recordMany` does (one lock of the chain head,
 * the same hashed fields), but with each entry's own actor and time: the demo history records thousands of
 * order steps, each when and by whom it happened. Must run in the caller's transaction.
 */
export async function appendAuditEntries(
  manager: EntityManager,
  chain: string,
  entries: readonly TimedAuditRecord[],
): Promise<void> {
  if (entries.length === 0) return;
  const advance = () =>
    manager
      .createQueryBuilder()
      .update(AuditChainEntity)
      .set({ lastSeq: () => `last_seq + ${entries.length}` })
      .where('chain = :chain', { chain })
      .execute();
  if (((await advance()).affected ?? 0) === 0) {
    await manager.createQueryBuilder().insert().into(AuditChainEntity).values({ chain, lastSeq: 0, lastHash: GENESIS_HASH }).orIgnore().execute();
    await advance();
  }
  const headQuery = manager.createQueryBuilder(AuditChainEntity, 'head').where('head.chain = :chain', { chain });
  if (manager.connection.options.type === 'mysql') headQuery.setLock('pessimistic_write');
  const head = await headQuery.getOneOrFail();
  let prevHash = head.lastHash;
  const firstSeq = head.lastSeq - entries.length + 1;
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
    const hash = auditEntryHash(prevHash, fields);
    const row = Object.assign(new AuditEntryEntity(), { ...fields, chain, prevHash, hash });
    prevHash = hash;
    return row;
  });
  await bulkInsert(manager, AuditEntryEntity, rows);
  await manager.update(AuditChainEntity, { chain }, { lastHash: prevHash });
}
