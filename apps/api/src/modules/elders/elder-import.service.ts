import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  addMonths,
  ageOn,
  ELDER_APPROVER_ROLES,
  type ElderCategory,
  isCalendarDate,
  isWithinScope,
  maskPhone,
  maskResidentId,
  normalizeResidentId,
  parseElderCategory,
  parseResidentId,
  RegionLevel,
} from '@canteen/shared';
import { type EntityManager, In } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { PersonalDataProtector } from '../../common/crypto/personal-data.protector.js';
import { auditActorOf, type AuditRecord, AuditService } from '../audit/audit.service.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { ElderImportReportDto, ElderImportRowDto, ImportProblemDto, ImportRowResultDto } from './dto/elder-import.dto.js';
import { newCardNumber } from './elder-cards.service.js';
import { elderAuditView } from './elder.mapper.js';
import { ElderCardEntity, ElderCategoryEntity } from './elder-records.entity.js';
import { ElderEntity } from './elder.entity.js';
import { EldersRepository } from './elders.repository.js';
import { EldersService, MIN_ELDER_AGE } from './elders.service.js';
import { districtOf, EligibilitySettingsService } from './eligibility-settings.service.js';

const PHONE_PATTERN = /^\+?\d[\d-]{4,19}$/;
const CATEGORY_SEPARATORS = /[、,;，；\s]+/;
const INSERT_CHUNK = 200;

interface CheckedRow {
  row: ElderImportRowDto;
  result: ImportRowResultDto;
  idNumber: string;
  idNumberIndex: string;
  birthDate: string;
  sex: 'M' | 'F';
  categories: ElderCategory[];
}

/**
 * Bulk import of the rolls officials receive (低保/特困 lists). Every row is checked and reported on its
 * own; a commit writes the valid rows of the batch in one transaction and nothing of the others.
 */
@Injectable()
export class ElderImportService {
  private readonly logger = new Logger(ElderImportService.name);

  constructor(
    private readonly elders: EldersRepository,
    private readonly eldersService: EldersService,
    private readonly protector: PersonalDataProtector,
    private readonly regions: RegionsRepository,
    private readonly settings: EligibilitySettingsService,
    private readonly audit: AuditService,
  ) {}

  async validate(actor: StaffActor, rows: ElderImportRowDto[]): Promise<ElderImportReportDto> {
    const checked = await this.check(actor, rows);
    return { created: 0, rows: checked.map((item) => item.result) };
  }

  async commit(actor: StaffActor, rows: ElderImportRowDto[]): Promise<ElderImportReportDto> {
    const checked = await this.check(actor, rows);
    const valid = checked.filter((item) => item.result.outcome === 'VALID');
    if (valid.length > 0) await this.write(actor, valid);
    for (const item of valid) item.result.outcome = 'CREATED';
    this.logger.log(`import by ${actor.userId}: ${valid.length} of ${rows.length} rows written`);
    return { created: valid.length, rows: checked.map((item) => item.result) };
  }

  private async check(actor: StaffActor, rows: ElderImportRowDto[]): Promise<CheckedRow[]> {
    const today = this.eldersService.today();
    const communities = await this.knownCommunities(rows.map((row) => row.residentRegionCode.trim()));
    const checked = rows.map((row) => this.checkRow(actor, row, today, communities));
    const indexes = checked.filter((item) => item.idNumberIndex).map((item) => item.idNumberIndex);
    const registered = await this.elders.existingIdNumberIndexes(indexes);
    const seen = new Set<string>();
    for (const item of checked) {
      if (!item.idNumberIndex) continue;
      if (registered.has(item.idNumberIndex)) {
        this.flag(item, { field: 'idNumber', reason: 'ALREADY_REGISTERED' }, 'DUPLICATE');
      } else if (seen.has(item.idNumberIndex)) {
        this.flag(item, { field: 'idNumber', reason: 'DUPLICATE_IN_FILE' }, 'DUPLICATE');
      }
      seen.add(item.idNumberIndex);
    }
    return checked;
  }

  private checkRow(actor: StaffActor, row: ElderImportRowDto, today: string, communities: Set<string>): CheckedRow {
    const problems: ImportProblemDto[] = [];
    const name = row.name.trim();
    if (!name) problems.push({ field: 'name', reason: 'REQUIRED' });
    else if (name.length > 64) problems.push({ field: 'name', reason: 'LENGTH' });

    const idNumber = normalizeResidentId(row.idNumber);
    const parsed = parseResidentId(idNumber, today);
    if (!parsed.ok) problems.push({ field: 'idNumber', reason: idNumber ? parsed.reason : 'REQUIRED' });
    else if (ageOn(parsed.birthDate, today) < MIN_ELDER_AGE) problems.push({ field: 'idNumber', reason: 'TOO_YOUNG' });

    const community = row.residentRegionCode.trim();
    if (!communities.has(community)) problems.push({ field: 'residentRegionCode', reason: 'UNKNOWN_REGION' });
    else if (!isWithinScope(community, actor.regionCode)) problems.push({ field: 'residentRegionCode', reason: 'OUT_OF_SCOPE' });

    if (row.address.trim().length < 2) problems.push({ field: 'address', reason: 'REQUIRED' });
    if (row.phone?.trim() && !PHONE_PATTERN.test(row.phone.trim())) problems.push({ field: 'phone', reason: 'FORMAT' });

    const categories: ElderCategory[] = [];
    for (const text of (row.categories ?? '').split(CATEGORY_SEPARATORS).filter(Boolean)) {
      const category = parseElderCategory(text);
      if (!category) problems.push({ field: 'categories', reason: 'UNKNOWN_CATEGORY' });
      else if (!categories.includes(category)) categories.push(category);
    }
    if (row.categoryValidFrom?.trim() && !isCalendarDate(row.categoryValidFrom.trim())) {
      problems.push({ field: 'categoryValidFrom', reason: 'FORMAT' });
    }
    return {
      row,
      result: { rowNumber: row.rowNumber, outcome: problems.length > 0 ? 'INVALID' : 'VALID', problems },
      idNumber,
      idNumberIndex: parsed.ok ? this.protector.blindIndex(idNumber) : '',
      birthDate: parsed.ok ? parsed.birthDate : '',
      sex: parsed.ok ? parsed.sex : 'M',
      categories,
    };
  }

  private flag(item: CheckedRow, problem: ImportProblemDto, outcome: 'DUPLICATE'): void {
    item.result.problems.push(problem);
    if (item.result.outcome === 'VALID') item.result.outcome = outcome;
  }

  private knownCommunities(codes: string[]): Promise<Set<string>> {
    return this.regions.findExistingCodes(
      codes.filter((code) => /^\d{12}$/.test(code)),
      RegionLevel.COMMUNITY,
    );
  }

  private async write(actor: StaffActor, valid: CheckedRow[]): Promise<void> {
    const today = this.eldersService.today();
    const now = new Date();
    const by = auditActorOf(actor);
    const approved = ELDER_APPROVER_ROLES.includes(actor.role);
    await this.elders.transaction(async (manager) => {
      const reviewDueByDistrict = new Map<string, string>();
      for (const district of new Set(valid.map((item) => districtOf(item.row.residentRegionCode.trim())))) {
        reviewDueByDistrict.set(district, addMonths(today, await this.settings.intervalMonthsFor(district, manager)));
      }
      const elders = valid.map((item) => {
        const phone = item.row.phone?.trim() || null;
        const community = item.row.residentRegionCode.trim();
        return manager.create(ElderEntity, {
          id: randomUUID(),
          name: item.row.name.trim(),
          idNumberCipher: this.protector.encrypt(item.idNumber),
          idNumberIndex: item.idNumberIndex,
          idNumberMasked: maskResidentId(item.idNumber),
          birthDate: item.birthDate,
          sex: item.sex,
          phoneCipher: this.protector.encryptOptional(phone),
          phoneIndex: phone ? this.protector.blindIndex(phone) : null,
          phoneMasked: phone ? maskPhone(phone) : null,
          registeredRegionCode: item.idNumber.slice(0, 6),
          residentRegionCode: community,
          address: item.row.address.trim(),
          emergencyContactName: null,
          emergencyContactPhoneCipher: null,
          emergencyContactPhoneMasked: null,
          dietTags: [],
          allergies: '',
          photoUrl: null,
          status: 'ACTIVE',
          statusEffectiveOn: today,
          statusReason: null,
          verifiedOn: today,
          reviewDueOn: reviewDueByDistrict.get(districtOf(community))!,
          createdBy: actor.userId,
        });
      });
      const cards = await this.newCards(manager, elders, now);
      const categories = valid.flatMap((item, index) =>
        item.categories.map((category) =>
          manager.create(ElderCategoryEntity, {
            id: randomUUID(),
            elderId: elders[index]!.id,
            category,
            source: '名册导入',
            evidenceNote: `第 ${item.row.rowNumber} 行`,
            validFrom: item.row.categoryValidFrom?.trim() || today,
            validTo: null,
            status: approved ? 'APPROVED' : 'PENDING',
            proposedBy: actor.userId,
            proposedByName: actor.displayName,
            proposedAt: now,
            decidedBy: approved ? actor.userId : null,
            decidedByName: approved ? actor.displayName : null,
            decidedAt: approved ? now : null,
            rejectionReason: null,
          }),
        ),
      );
      for (const [entity, list] of [
        [ElderEntity, elders],
        [ElderCardEntity, cards],
        [ElderCategoryEntity, categories],
      ] as const) {
        for (let start = 0; start < list.length; start += INSERT_CHUNK) {
          await manager.insert(entity, list.slice(start, start + INSERT_CHUNK) as never);
        }
      }
      const records: AuditRecord[] = elders.map((elder, index) => ({
        action: 'ELDER_IMPORTED',
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        after: {
          ...elderAuditView(elder),
          cardNumber: cards[index]!.cardNumber,
          categories: valid[index]!.categories,
          categoriesApproved: approved,
        },
      }));
      await this.audit.recordMany(manager, by, records, now);
    });
  }

  /** One new card per elder, numbers checked against the database in one query. */
  private async newCards(
    manager: EntityManager,
    elders: ElderEntity[],
    now: Date,
  ): Promise<ElderCardEntity[]> {
    const numbers = new Set<string>();
    while (numbers.size < elders.length) numbers.add(newCardNumber());
    const taken = await manager.find(ElderCardEntity, { select: { cardNumber: true }, where: { cardNumber: In([...numbers]) } });
    for (const card of taken) {
      numbers.delete(card.cardNumber);
      let replacement = newCardNumber();
      while (numbers.has(replacement)) replacement = newCardNumber();
      numbers.add(replacement);
    }
    const list = [...numbers];
    return elders.map((elder, index) =>
      manager.create(ElderCardEntity, {
        id: randomUUID(),
        elderId: elder.id,
        cardNumber: list[index]!,
        status: 'ACTIVE',
        issuedAt: now,
        blockedAt: null,
        blockedReason: null,
      }),
    );
  }
}
