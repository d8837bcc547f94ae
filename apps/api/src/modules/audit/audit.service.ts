import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { appendAuditEntries, type AuditActor, type AuditRecord } from './audit-chain-appender.js';
import { AuditChainEntity, AuditEntryEntity } from './audit-entry.entity.js';
import { auditEntryHash, GENESIS_HASH } from './audit-hash.js';

export type { AuditActor, AuditRecord } from './audit-chain-appender.js';

/** The chain of everything but orders. */
export const MAIN_CHAIN = 'main';

/** Orders get a chain per canteen, so order transactions of different canteens never wait for each other. */
export function orderChainOf(canteenId: string): string {
  return `orders:${canteenId}`;
}

export function auditActorOf(actor: StaffActor): AuditActor {
  return { id: actor.userId, name: actor.displayName, role: actor.role };
}

export interface ChainVerification {
  ok: boolean;
  /** Entries checked, over all chains. */
  checked: number;
  chains: number;
  /** The chain holding the first entry found broken. */
  brokenChain: string | null;
  /** That entry: its stored hash does not match its content and predecessor (or it is missing). */
  firstBrokenSeq: number | null;
}

const VERIFY_BATCH = 1000;

/**
 * Append-only, hash-chained audit log, in several chains (`MAIN_CHAIN`, and one per canteen for orders).
 * `record` must be called inside the transaction of the change it describes, so a change and its audit
 * entry commit or roll back together. Appends to one chain are serialised on its head row, which holds with
 * several API processes on one MySQL; call it last in a transaction, so the head stays locked briefly.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(
    manager: EntityManager,
    actor: AuditActor,
    record: AuditRecord,
    now = new Date(),
    chain: string = MAIN_CHAIN,
  ): Promise<void> {
    await this.recordMany(manager, actor, [record], now, chain);
  }

  /** Appends several entries under one lock of the chain head (bulk work such as an import). */
  async recordMany(
    manager: EntityManager,
    actor: AuditActor,
    records: readonly AuditRecord[],
    now = new Date(),
    chain: string = MAIN_CHAIN,
  ): Promise<void> {
    await appendAuditEntries(
      manager,
      chain,
      records.map((record) => ({ actor, record, at: now })),
    );
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

  /**
   * Recomputes every hash of every chain in order; names the first entry that was changed, removed or
   * inserted. Entries of a chain without a head (a head row deleted) count as broken too.
   */
  async verifyChain(): Promise<ChainVerification> {
    const heads = await this.dataSource.manager.find(AuditChainEntity, { order: { chain: 'ASC' } });
    let checked = 0;
    for (const head of heads) {
      const result = await this.verifyOne(head);
      checked += result.checked;
      if (result.firstBrokenSeq !== null) {
        return { ok: false, checked, chains: heads.length, brokenChain: head.chain, firstBrokenSeq: result.firstBrokenSeq };
      }
    }
    const total = await this.dataSource.manager.count(AuditEntryEntity);
    if (total !== checked) {
      const orphan = await this.dataSource.manager
        .createQueryBuilder(AuditEntryEntity, 'entry')
        .where(`entry.chain NOT IN (${heads.length > 0 ? ':...chains' : "''"})`, { chains: heads.map((head) => head.chain) })
        .orderBy('entry.chain')
        .addOrderBy('entry.seq')
        .getOne();
      return { ok: false, checked, chains: heads.length, brokenChain: orphan?.chain ?? null, firstBrokenSeq: orphan?.seq ?? null };
    }
    return { ok: true, checked, chains: heads.length, brokenChain: null, firstBrokenSeq: null };
  }

  private async verifyOne(head: AuditChainEntity): Promise<{ checked: number; firstBrokenSeq: number | null }> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    for (;;) {
      const batch = await this.dataSource.manager
        .createQueryBuilder(AuditEntryEntity, 'entry')
        .where('entry.chain = :chain AND entry.seq >= :from', { chain: head.chain, from: expectedSeq })
        .orderBy('entry.seq', 'ASC')
        .take(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) break;
      for (const entry of batch) {
        const { prevHash: storedPrev, hash, chain: _chain, ...fields } = entry;
        if (entry.seq !== expectedSeq || storedPrev !== prevHash || auditEntryHash(prevHash, fields) !== hash) {
          return { checked: expectedSeq - 1, firstBrokenSeq: Math.min(entry.seq, expectedSeq) };
        }
        prevHash = hash;
        expectedSeq += 1;
      }
    }
    const checked = expectedSeq - 1;
    if (head.lastSeq !== checked || head.lastHash !== prevHash) return { checked, firstBrokenSeq: checked + 1 };
    return { checked, firstBrokenSeq: null };
  }
}
