import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  AGE_BAND_RANGES,
  AGE_BANDS,
  addDays,
  addMonths,
  ageOn,
  DEFAULT_TIME_ZONE,
  ErrorCode,
  ELDER_APPROVER_ROLES,
  maskPhone,
  maskResidentId,
  normalizeResidentId,
  parseResidentId,
  readCardCredential,
  REVIEW_DUE_WINDOW_DAYS,
  RegionLevel,
  todayIn,
  type AgeBand,
} from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { assertRegionInScope, regionScopePattern } from '../../common/auth/region-scope.js';
import { PersonalDataProtector } from '../../common/crypto/personal-data.protector.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { type Page, pageOffset } from '../../common/pagination.js';
import { auditActorOf, AuditService } from '../audit/audit.service.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type {
  AuditEntryDto,
  ElderDetailDto,
  ElderIdentityDto,
  ElderStatsDto,
  ElderSummaryDto,
} from './dto/elder.dto.js';
import type {
  ChangeElderStatusDto,
  ListEldersQueryDto,
  RegisterElderDto,
  UpdateElderDto,
} from './dto/elder-input.dto.js';
import { assertElderReadable, assertElderWritable } from './elder-access.js';
import { ElderCardsService } from './elder-cards.service.js';
import {
  elderAuditView,
  toAssessmentDto,
  toAuditEntryDto,
  toElderCardDto,
  toElderCategoryDto,
  toElderSummaryDto,
} from './elder.mapper.js';
import { ElderEntity } from './elder.entity.js';
import { ElderCategoryEntity } from './elder-records.entity.js';
import { EldersRepository } from './elders.repository.js';
import { EligibilitySettingsService } from './eligibility-settings.service.js';

export const MIN_ELDER_AGE = 60;

/** Birth-date bounds of an age band on a given day: age ≥ min ⇔ born on or before today − min years. */
export function birthBoundsOf(band: AgeBand, today: string): { bornFrom: string; bornTo: string } {
  const { min, max } = AGE_BAND_RANGES[band];
  return { bornFrom: addDays(addMonths(today, -12 * (max + 1)), 1), bornTo: addMonths(today, -12 * min) };
}

const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12, 12: 12 };

@Injectable()
export class EldersService {
  private readonly logger = new Logger(EldersService.name);

  constructor(
    private readonly elders: EldersRepository,
    private readonly regions: RegionsRepository,
    private readonly protector: PersonalDataProtector,
    private readonly cards: ElderCardsService,
    private readonly settings: EligibilitySettingsService,
    private readonly audit: AuditService,
  ) {}

  today(): string {
    return todayIn(DEFAULT_TIME_ZONE);
  }

  async list(actor: StaffActor, query: ListEldersQueryDto): Promise<Page<ElderSummaryDto>> {
    if (query.regionCode) assertRegionInScope(actor, query.regionCode, 'This region');
    const today = this.today();
    const text = query.q?.trim();
    const idCandidate = text && parseResidentId(text, today).ok ? normalizeResidentId(text) : null;
    const { rows, total } = await this.elders.search({
      scopePattern: regionScopePattern(actor),
      regionPattern: query.regionCode ? `${query.regionCode}%` : undefined,
      category: query.category,
      ...(query.ageBand ? birthBoundsOf(query.ageBand, today) : {}),
      status: query.status,
      ...(query.review === 'LAPSED' ? { reviewDueTo: addDays(today, -1) } : {}),
      ...(query.review === 'DUE' ? { reviewDueFrom: today, reviewDueTo: addDays(today, REVIEW_DUE_WINDOW_DAYS) } : {}),
      text: text
        ? {
            name: text,
            idNumberIndex: idCandidate ? this.protector.blindIndex(idCandidate) : null,
            cardNumber: readCardCredential(text),
          }
        : undefined,
      today,
      offset: pageOffset(query),
      limit: query.pageSize,
    });
    return { items: await this.summaries(rows, today), total, page: query.page, pageSize: query.pageSize };
  }

  async stats(actor: StaffActor, regionCode: string | undefined): Promise<ElderStatsDto> {
    if (regionCode) assertRegionInScope(actor, regionCode, 'This region');
    const base = regionCode ?? actor.regionCode;
    const scopePattern = regionScopePattern(actor);
    const regionPattern = `${base}%`;
    const today = this.today();
    const bands = AGE_BANDS.map((band) => ({ key: band, ...birthBoundsOf(band, today) }));
    const [byCategory, bandCounts, prefixes] = await Promise.all([
      this.elders.countByCategory(scopePattern, regionPattern, today),
      this.elders.countByBirthRanges(scopePattern, regionPattern, bands),
      this.elders.countByResidentPrefix(scopePattern, regionPattern, CHILD_LENGTH[base.length] ?? 12),
    ]);
    const names = await this.regions.namesByCode(prefixes.map((row) => row.prefix));
    return {
      total: bandCounts.get('total') ?? 0,
      byCategory,
      byAgeBand: AGE_BANDS.map((band) => ({ ageBand: band, count: bandCounts.get(band) ?? 0 })),
      byRegion: prefixes
        .filter((row) => row.prefix.startsWith(base))
        .map((row) => ({ regionCode: row.prefix, regionName: names.get(row.prefix) ?? row.prefix, count: row.count }))
        .sort((a, b) => a.regionCode.localeCompare(b.regionCode)),
    };
  }

  async get(actor: StaffActor, id: string): Promise<ElderDetailDto> {
    const elder = await this.elders.findById(id);
    assertElderReadable(actor, elder);
    return this.detail(elder);
  }

  async register(actor: StaffActor, dto: RegisterElderDto): Promise<ElderDetailDto> {
    const today = this.today();
    const idNumber = normalizeResidentId(dto.idNumber);
    const parsed = parseResidentId(idNumber, today);
    if (!parsed.ok) {
      throw new DomainException(ErrorCode.ELDER_ID_NUMBER_INVALID, HttpStatus.UNPROCESSABLE_ENTITY, 'Invalid resident ID number', [
        { field: 'idNumber', constraint: parsed.reason },
      ]);
    }
    if (ageOn(parsed.birthDate, today) < MIN_ELDER_AGE) {
      throw new DomainException(ErrorCode.ELDER_TOO_YOUNG, HttpStatus.UNPROCESSABLE_ENTITY, 'Elders are 60 or over', [
        { field: 'idNumber', constraint: 'minAge60' },
      ]);
    }
    await this.assertCommunity(actor, dto.residentRegionCode);
    const idNumberIndex = this.protector.blindIndex(idNumber);
    if (await this.elders.findByIdNumberIndex(idNumberIndex)) {
      throw DomainException.conflict(ErrorCode.ELDER_ALREADY_REGISTERED, 'This person is already registered');
    }
    const by = auditActorOf(actor);
    const elder = await this.elders.transaction(async (manager) => {
      const created = manager.create(ElderEntity, {
        id: randomUUID(),
        name: dto.name.trim(),
        idNumberCipher: this.protector.encrypt(idNumber),
        idNumberIndex,
        idNumberMasked: maskResidentId(idNumber),
        birthDate: parsed.birthDate,
        sex: parsed.sex,
        ...this.phoneFields(dto.phone),
        registeredRegionCode: dto.registeredRegionCode,
        residentRegionCode: dto.residentRegionCode,
        address: dto.address,
        emergencyContactName: dto.emergencyContactName ?? null,
        emergencyContactPhoneCipher: this.protector.encryptOptional(dto.emergencyContactPhone),
        emergencyContactPhoneMasked: dto.emergencyContactPhone ? maskPhone(dto.emergencyContactPhone) : null,
        dietTags: dto.dietaryNeeds?.tags ?? [],
        allergies: dto.dietaryNeeds?.allergies ?? '',
        photoUrl: dto.photoUrl ?? null,
        status: 'ACTIVE',
        statusEffectiveOn: today,
        statusReason: null,
        verifiedOn: today,
        reviewDueOn: await this.settings.nextReviewDate(dto.residentRegionCode, today, manager),
        createdBy: actor.userId,
      });
      try {
        await manager.insert(ElderEntity, created);
      } catch (error) {
        // the unique blind index settles a race between two registrations of the same person
        if (await manager.existsBy(ElderEntity, { idNumberIndex })) {
          throw DomainException.conflict(ErrorCode.ELDER_ALREADY_REGISTERED, 'This person is already registered');
        }
        throw error;
      }
      await this.audit.record(manager, by, {
        action: 'ELDER_REGISTERED',
        entityType: 'ELDER',
        entityId: created.id,
        regionCode: created.residentRegionCode,
        after: elderAuditView(created),
      });
      await this.cards.issue(manager, created, by);
      return created;
    });
    this.logger.log(`elder ${elder.id} registered by ${actor.userId}`);
    return this.detail(elder);
  }

  async update(actor: StaffActor, id: string, dto: UpdateElderDto): Promise<ElderDetailDto> {
    const elder = await this.elders.findById(id);
    assertElderWritable(actor, elder);
    if (dto.residentRegionCode && dto.residentRegionCode !== elder.residentRegionCode) {
      await this.assertCommunity(actor, dto.residentRegionCode);
    }
    const before = elderAuditView(elder);
    if (dto.phone !== undefined) Object.assign(elder, this.phoneFields(dto.phone));
    if (dto.emergencyContactPhone !== undefined) {
      elder.emergencyContactPhoneCipher = this.protector.encryptOptional(dto.emergencyContactPhone);
      elder.emergencyContactPhoneMasked = dto.emergencyContactPhone ? maskPhone(dto.emergencyContactPhone) : null;
    }
    if (dto.residentRegionCode !== undefined) elder.residentRegionCode = dto.residentRegionCode;
    if (dto.address !== undefined) elder.address = dto.address;
    if (dto.emergencyContactName !== undefined) elder.emergencyContactName = dto.emergencyContactName || null;
    if (dto.dietaryNeeds !== undefined) {
      elder.dietTags = dto.dietaryNeeds.tags;
      elder.allergies = dto.dietaryNeeds.allergies;
    }
    if (dto.photoUrl !== undefined) elder.photoUrl = dto.photoUrl;
    await this.saveWithAudit(actor, elder, 'ELDER_UPDATED', before);
    return this.detail(elder);
  }

  /**
   * Suspend, reinstate, moved out, or deceased. Deceased stops everything at once, in one transaction:
   * cards blocked, categories ended on the date, pending proposals rejected.
   */
  async changeStatus(actor: StaffActor, id: string, dto: ChangeElderStatusDto): Promise<ElderDetailDto> {
    const elder = await this.elders.findById(id);
    assertElderWritable(actor, elder);
    // A community worker often hears first of a death; anything else is an official's decision.
    if (!ELDER_APPROVER_ROLES.includes(actor.role) && dto.status !== 'DECEASED') {
      throw DomainException.forbidden(ErrorCode.FORBIDDEN, 'Only an official may suspend, reinstate or move out');
    }
    if (elder.status === 'DECEASED') {
      throw DomainException.conflict(ErrorCode.ELDER_DECEASED, 'A deceased elder’s status cannot change');
    }
    if (dto.effectiveOn > this.today()) {
      throw DomainException.invalidField('effectiveOn', 'notInFuture', 'The date cannot be in the future');
    }
    const before = elderAuditView(elder);
    Object.assign(elder, { status: dto.status, statusEffectiveOn: dto.effectiveOn, statusReason: dto.reason });
    await this.elders.transaction(async (manager) => {
      await manager.save(elder);
      if (dto.status === 'DECEASED' || dto.status === 'MOVED_OUT') {
        await this.cards.blockAll(manager, elder.id, dto.status);
      }
      if (dto.status === 'DECEASED') {
        await manager
          .createQueryBuilder()
          .update(ElderCategoryEntity)
          .set({ validTo: dto.effectiveOn })
          .where("elder_id = :id AND status = 'APPROVED' AND (valid_to IS NULL OR valid_to > :date)", {
            id: elder.id,
            date: dto.effectiveOn,
          })
          .execute();
        const reason = 'ELDER_DECEASED';
        for (const table of ['elder_categories', 'elder_assessments']) {
          await manager
            .createQueryBuilder()
            .update(table)
            .set({ status: 'REJECTED', rejectionReason: reason, decidedAt: new Date(), decidedByName: actor.displayName })
            .where("elder_id = :id AND status = 'PENDING'", { id: elder.id })
            .execute();
        }
      }
      await this.audit.record(manager, auditActorOf(actor), {
        action: 'ELDER_STATUS_CHANGED',
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        before,
        after: elderAuditView(elder),
      });
    });
    return this.detail(elder);
  }

  /** An official confirms the elder is still eligible; the next review follows the district's interval. */
  async verify(actor: StaffActor, id: string, note: string): Promise<ElderDetailDto> {
    const elder = await this.elders.findById(id);
    assertElderWritable(actor, elder);
    if (elder.status !== 'ACTIVE') throw DomainException.conflict(ErrorCode.CONFLICT, 'Only an active elder is re-verified');
    const before = elderAuditView(elder);
    const today = this.today();
    elder.verifiedOn = today;
    elder.reviewDueOn = await this.settings.nextReviewDate(elder.residentRegionCode, today);
    await this.saveWithAudit(actor, elder, 'ELDER_VERIFIED', before, { note });
    return this.detail(elder);
  }

  /** The full ID number and phone, for roles allowed to see them; every read leaves an audit entry. */
  async identity(actor: StaffActor, id: string): Promise<ElderIdentityDto> {
    const elder = await this.elders.findById(id);
    assertElderReadable(actor, elder);
    await this.audit.recordNow(auditActorOf(actor), {
      action: 'ELDER_IDENTITY_READ',
      entityType: 'ELDER',
      entityId: elder.id,
      regionCode: elder.residentRegionCode,
    });
    return {
      idNumber: this.protector.decrypt(elder.idNumberCipher),
      phone: elder.phoneCipher ? this.protector.decrypt(elder.phoneCipher) : null,
    };
  }

  async history(actor: StaffActor, id: string): Promise<AuditEntryDto[]> {
    const elder = await this.elders.findById(id);
    assertElderReadable(actor, elder);
    return (await this.audit.findForEntity('ELDER', elder.id)).map(toAuditEntryDto);
  }

  async detail(elder: ElderEntity): Promise<ElderDetailDto> {
    const today = this.today();
    const [summary] = await this.summaries([elder], today);
    const [categories, assessments, cards] = await Promise.all([
      this.elders.findCategoriesOf(elder.id),
      this.elders.findAssessmentsOf(elder.id),
      this.elders.findCardsOf(elder.id),
    ]);
    return {
      ...summary!,
      phoneMasked: elder.phoneMasked,
      address: elder.address,
      emergencyContactName: elder.emergencyContactName,
      emergencyContactPhoneMasked: elder.emergencyContactPhoneMasked,
      dietaryNeeds: { tags: elder.dietTags, allergies: elder.allergies },
      photoUrl: elder.photoUrl,
      statusEffectiveOn: elder.statusEffectiveOn,
      statusReason: elder.statusReason,
      verifiedOn: elder.verifiedOn,
      categoryRecords: categories.map(toElderCategoryDto),
      assessments: assessments.map(toAssessmentDto),
      cards: cards.map(toElderCardDto),
    };
  }

  /** The 常住 code must be a known community inside the actor's scope. */
  async assertCommunity(actor: StaffActor, communityCode: string): Promise<void> {
    assertRegionInScope(actor, communityCode, 'This community');
    const region = await this.regions.findByCode(communityCode);
    if (!region || region.level !== RegionLevel.COMMUNITY) {
      throw DomainException.invalidField('residentRegionCode', 'knownCommunity', 'Not a known community code');
    }
  }

  private async summaries(rows: ElderEntity[], today: string): Promise<ElderSummaryDto[]> {
    const extras = await this.elders.loadExtras(
      rows.map((row) => row.id),
      today,
    );
    const names = await this.regions.namesByCode(rows.map((row) => row.residentRegionCode));
    return rows.map((row) => toElderSummaryDto(row, extras, names, today));
  }

  private phoneFields(phone: string | undefined | null) {
    const value = phone?.trim() || null;
    return {
      phoneCipher: this.protector.encryptOptional(value),
      phoneIndex: value ? this.protector.blindIndex(value) : null,
      phoneMasked: value ? maskPhone(value) : null,
    };
  }

  private async saveWithAudit(
    actor: StaffActor,
    elder: ElderEntity,
    action: string,
    before: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await this.elders.transaction(async (manager) => {
      await manager.save(elder);
      await this.audit.record(manager, auditActorOf(actor), {
        action,
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        before,
        after: { ...elderAuditView(elder), ...extra },
      });
    });
  }
}

