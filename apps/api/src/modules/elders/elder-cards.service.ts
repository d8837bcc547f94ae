import { Injectable } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import { ErrorCode, luhnCheckDigit } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { type AuditActor, auditActorOf, AuditService } from '../audit/audit.service.js';
import type { ElderCardDto } from './dto/elder.dto.js';
import { assertElderWritable } from './elder-access.js';
import { toElderCardDto } from './elder.mapper.js';
import { ElderCardEntity } from './elder-records.entity.js';
import type { ElderEntity } from './elder.entity.js';
import { EldersRepository } from './elders.repository.js';

/** 12 digits: "8", ten random digits, a Luhn check digit. */
export function newCardNumber(): string {
  const body = `8${String(randomInt(0, 1e10)).padStart(10, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

@Injectable()
export class ElderCardsService {
  constructor(
    private readonly elders: EldersRepository,
    private readonly audit: AuditService,
  ) {}

  /** Issues a new active card inside the caller's transaction (numbers are unique in the database). */
  async issue(manager: EntityManager, elder: ElderEntity, by: AuditActor, now = new Date()): Promise<ElderCardEntity> {
    let cardNumber = newCardNumber();
    while (await manager.existsBy(ElderCardEntity, { cardNumber })) cardNumber = newCardNumber();
    const card = manager.create(ElderCardEntity, {
      id: randomUUID(),
      elderId: elder.id,
      cardNumber,
      status: 'ACTIVE',
      issuedAt: now,
      blockedAt: null,
      blockedReason: null,
    });
    await manager.insert(ElderCardEntity, card);
    await this.audit.record(manager, by, {
      action: 'CARD_ISSUED',
      entityType: 'ELDER',
      entityId: elder.id,
      regionCode: elder.residentRegionCode,
      after: { cardNumber },
    });
    return card;
  }

  /** Blocks every active card of the elder (lost, replaced, or the elder no longer served). */
  async blockAll(manager: EntityManager, elderId: string, reason: string, now = new Date()): Promise<string[]> {
    const active = await manager.findBy(ElderCardEntity, { elderId, status: 'ACTIVE' });
    if (active.length === 0) return [];
    await manager.update(
      ElderCardEntity,
      { elderId, status: 'ACTIVE' },
      { status: 'BLOCKED', blockedAt: now, blockedReason: reason },
    );
    return active.map((card) => card.cardNumber);
  }

  async replace(actor: StaffActor, elderId: string, reason: 'LOST' | 'DAMAGED'): Promise<ElderCardDto> {
    const elder = await this.elders.findById(elderId);
    assertElderWritable(actor, elder);
    if (elder.status !== 'ACTIVE') {
      throw DomainException.conflict(ErrorCode.CONFLICT, 'Only an active elder gets a new card');
    }
    const by = auditActorOf(actor);
    const card = await this.elders.transaction(async (manager) => {
      const blocked = await this.blockAll(manager, elder.id, reason);
      await this.audit.record(manager, by, {
        action: 'CARD_BLOCKED',
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        before: { cardNumbers: blocked },
        after: { reason },
      });
      return this.issue(manager, elder, by);
    });
    return toElderCardDto(card);
  }
}
