import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode, maskName, normalizeResidentId, parseResidentId, readCardCredential } from '@canteen/shared';
import type { DeviceActor } from '../../common/auth/actor.js';
import { PersonalDataProtector } from '../../common/crypto/personal-data.protector.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { RateLimiterService } from '../rate-limit/rate-limiter.service.js';
import type { KioskIdentifyDto, KioskIdentityDto } from './dto/kiosk-identity.dto.js';
import { reviewStateOf } from './elder.mapper.js';
import type { ElderEntity } from './elder.entity.js';
import { EldersRepository } from './elders.repository.js';
import { EldersService } from './elders.service.js';

/** Tries per kiosk per minute: plenty for a queue of elders, too few to guess ID numbers. */
export const IDENTIFY_TRIES_PER_MINUTE = 30;

const STATUS_ERRORS: Record<Exclude<ElderEntity['status'], 'ACTIVE'>, ErrorCode> = {
  SUSPENDED: ErrorCode.ELDER_SUSPENDED,
  DECEASED: ErrorCode.ELDER_DECEASED,
  MOVED_OUT: ErrorCode.ELDER_MOVED_OUT,
};

/** Who is at the kiosk: by elder card (number or QR payload) or resident ID number. */
@Injectable()
export class ElderIdentificationService {
  constructor(
    private readonly elders: EldersRepository,
    private readonly eldersService: EldersService,
    private readonly protector: PersonalDataProtector,
    private readonly limiter: RateLimiterService,
  ) {}

  async identify(device: DeviceActor, dto: KioskIdentifyDto): Promise<KioskIdentityDto> {
    const allowed = await this.limiter.hit('identify', device.deviceId, IDENTIFY_TRIES_PER_MINUTE, 60_000);
    if (!allowed) {
      throw new DomainException(ErrorCode.TOO_MANY_REQUESTS, HttpStatus.TOO_MANY_REQUESTS, 'Too many tries; ask staff');
    }
    const elder = await this.findOrderingElder(dto.method === 'CARD' ? { cardNo: dto.value } : { idNumber: dto.value });
    const reviewLapsed = reviewStateOf(elder, this.eldersService.today()) === 'LAPSED';
    return {
      elderId: elder.id,
      maskedName: maskName(elder.name),
      photoUrl: elder.photoUrl,
      entitlement: { subsidyEligible: !reviewLapsed, reviewLapsed },
    };
  }

  /**
   * The elder behind a card, an ID number or an id, refused with a distinct code when they may not order
   * now (blocked card, suspended, deceased, moved out). Used by identification and by ordering.
   */
  async findOrderingElder(credential: { cardNo: string } | { idNumber: string } | { elderId: string }): Promise<ElderEntity> {
    let found: { elder: ElderEntity; cardBlocked: boolean };
    if ('cardNo' in credential) found = await this.byCard(credential.cardNo);
    else if ('idNumber' in credential) found = await this.byIdNumber(credential.idNumber);
    else {
      const elder = await this.elders.findById(credential.elderId);
      if (!elder) throw DomainException.notFound(ErrorCode.ELDER_NOT_FOUND, 'No such elder');
      found = { elder, cardBlocked: false };
    }
    if (found.elder.status !== 'ACTIVE') {
      throw DomainException.forbidden(STATUS_ERRORS[found.elder.status], 'This elder cannot order now');
    }
    if (found.cardBlocked) throw DomainException.forbidden(ErrorCode.ELDER_CARD_BLOCKED, 'This card is blocked');
    return found.elder;
  }

  private async byCard(value: string): Promise<{ elder: ElderEntity; cardBlocked: boolean }> {
    const cardNumber = readCardCredential(value);
    if (!cardNumber) {
      throw new DomainException(ErrorCode.ELDER_CARD_INVALID, HttpStatus.UNPROCESSABLE_ENTITY, 'Not an elder card', [
        { field: 'value', constraint: 'cardNumber' },
      ]);
    }
    const card = await this.elders.findCardByNumber(cardNumber);
    const elder = card ? await this.elders.findById(card.elderId) : null;
    if (!card || !elder) throw DomainException.notFound(ErrorCode.ELDER_NOT_FOUND, 'Unknown card');
    return { elder, cardBlocked: card.status !== 'ACTIVE' };
  }

  private async byIdNumber(value: string): Promise<{ elder: ElderEntity; cardBlocked: boolean }> {
    const idNumber = normalizeResidentId(value);
    const parsed = parseResidentId(idNumber, this.eldersService.today());
    if (!parsed.ok) {
      throw new DomainException(ErrorCode.ELDER_ID_NUMBER_INVALID, HttpStatus.UNPROCESSABLE_ENTITY, 'Invalid ID number', [
        { field: 'value', constraint: parsed.reason },
      ]);
    }
    const elder = await this.elders.findByIdNumberIndex(this.protector.blindIndex(idNumber));
    if (!elder) throw DomainException.notFound(ErrorCode.ELDER_NOT_FOUND, 'Not registered');
    return { elder, cardBlocked: false };
  }
}
