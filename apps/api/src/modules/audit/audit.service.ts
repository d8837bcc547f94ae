import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { AuditChainHeadEntity, AuditEntryEntity } from './audit-entry.entity.js';
import { auditEntryHash, canonicalJson, GENESIS_HASH, type HashedAuditFields } from './audit-hash.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  regionCode?: string | null;
  /** What it was and what it became; personal data only in masked form. */
  before?: object | null;
  after?: object | null;
}

export interface AuditActor {
  id: string | null;
  name: string;
  role: string;
}

export function auditActorOf(actor: StaffActor): AuditActor {
  return { id: actor.userId, name: actor.displayName, role: actor.role };
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose stored hash does not match its content and predecessor. */
  firstBrokenSeq: number | null;
}

const HEAD_ID = 1;
const VERIFY_BATCH = 1000;
/** Rows per INSERT statement: well under SQLite's bound-parameter limit. */
const INSERT_CHUNK = 200;

/**
 * Append-only, hash-chained audit log. `record` must be called inside the transaction of the change it
 * describes, so a change and its audit entry commit or roll back together. Appends are serialised on the
 * chain head row, which holds with several API processes on one MySQL.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, actor: AuditActor, record: AuditRecord, now = new Date()): Promise<void> {
    await this.recordMany(manager, actor, [record], now);
  }

  /** Appends several entries under one lock of the chain head (bulk work such as an import). */
  async recordMany(manager: EntityManager, actor: AuditActor, records: readonly AuditRecord[], now = new Date()): Promise<void> {
    if (records.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(AuditChainHeadEntity)
      .set({ lastSeq: () => `last_seq + ${records.length}` })
      .where('id = :id', { id: HEAD_ID })
      .execute();
    const headQuery = manager
      .createQueryBuilder(AuditChainHeadEntity, 'head')
      .where('head.id = :id', { id: HEAD_ID });
    if (manager.connection.options.type === 'mysql') headQuery.setLock('pessimistic_write');
    const head = await headQuery.getOneOrFail();
    let prevHash = head.lastHash;
    const firstSeq = head.lastSeq - records.length + 1;
    const rows = records.map((record, index) => {
      const fields: HashedAuditFields = {
        seq: firstSeq + index,
        occurredAt: now.toISOString(),
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
      const row = { ...fields, prevHash, hash };
      prevHash = hash;
      return row;
    });
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.insert(AuditEntryEntity, rows.slice(start, start + INSERT_CHUNK));
    }
    await manager.update(AuditChainHeadEntity, { id: HEAD_ID }, { lastHash: prevHash });
  }

  /** A standalone entry in its own transaction (for reads that must leave a trace). */
  recordNow(actor: AuditActor, record: AuditRecord): Promise<void> {
    return this.dataSource.transaction((manager) => this.record(manager, actor, record));
  }

  findForEntity(entityType: string, entityId: string, limit = 200): Promise<AuditEntryEntity[]> {
    return this.dataSource.manager.find(AuditEntryEntity, {
      where: { entityType, entityId },
      order: { seq: 'DESC' },
      take: limit,
    });
  }

  /** Recomputes every hash in order; names the first entry that was changed, removed or inserted. */
  async verifyChain(): Promise<ChainVerification> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource.manager
        .createQueryBuilder(AuditEntryEntity, 'entry')
        .where('entry.seq >= :from', { from: expectedSeq })
        .orderBy('entry.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) break;
      for (const entry of batch) {
        const { prevHash: storedPrev, hash, ...fields } = entry;
        if (entry.seq !== expectedSeq || storedPrev !== prevHash || auditEntryHash(prevHash, fields) !== hash) {
          return { ok: false, checked, firstBrokenSeq: Math.min(entry.seq, expectedSeq) };
        }
        prevHash = hash;
        expectedSeq += 1;
        checked += 1;
      }
    }
    const head = await this.dataSource.manager.findOneByOrFail(AuditChainHeadEntity, { id: HEAD_ID });
    if (head.lastSeq !== checked || head.lastHash !== prevHash) {
      return { ok: false, checked, firstBrokenSeq: checked + 1 };
    }
    return { ok: true, checked, firstBrokenSeq: null };
  }
}
