import { ageOn, cardQrPayload, type ReviewState, reviewStateFor } from '@canteen/shared';
import type { AuditEntryEntity } from '../audit/audit-entry.entity.js';
import type { AssessmentDto, AuditEntryDto, ElderCardDto, ElderCategoryDto, ElderSummaryDto } from './dto/elder.dto.js';
import type { ElderAssessmentEntity, ElderCardEntity, ElderCategoryEntity } from './elder-records.entity.js';
import type { ElderEntity } from './elder.entity.js';
import type { ElderExtras } from './elders.repository.js';

export function reviewStateOf(elder: Pick<ElderEntity, 'reviewDueOn'>, today: string): ReviewState {
  return reviewStateFor(elder.reviewDueOn, today);
}

export function toElderSummaryDto(
  elder: ElderEntity,
  extras: ElderExtras,
  regionNames: Map<string, string>,
  today: string,
): ElderSummaryDto {
  return {
    id: elder.id,
    name: elder.name,
    idNumberMasked: elder.idNumberMasked,
    sex: elder.sex,
    birthDate: elder.birthDate,
    age: ageOn(elder.birthDate, today),
    residentRegionCode: elder.residentRegionCode,
    residentRegionName: regionNames.get(elder.residentRegionCode) ?? '',
    registeredRegionCode: elder.registeredRegionCode,
    status: elder.status,
    categories: extras.categories.get(elder.id) ?? [],
    assessmentGrade: extras.grades.get(elder.id) ?? null,
    reviewDueOn: elder.reviewDueOn,
    reviewState: reviewStateOf(elder, today),
    cardNumber: extras.cards.get(elder.id) ?? null,
  };
}

function proposalFields(row: ElderCategoryEntity | ElderAssessmentEntity) {
  return {
    id: row.id,
    status: row.status,
    proposedByName: row.proposedByName,
    proposedAt: row.proposedAt.toISOString(),
    decidedByName: row.decidedByName,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
  };
}

export function toElderCategoryDto(row: ElderCategoryEntity): ElderCategoryDto {
  return {
    ...proposalFields(row),
    category: row.category,
    source: row.source,
    evidenceNote: row.evidenceNote,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export function toAssessmentDto(row: ElderAssessmentEntity): AssessmentDto {
  return {
    ...proposalFields(row),
    assessorOrg: row.assessorOrg,
    assessedOn: row.assessedOn,
    grade: row.grade,
    reportRef: row.reportRef,
    validUntil: row.validUntil,
  };
}

export function toElderCardDto(card: ElderCardEntity): ElderCardDto {
  return {
    id: card.id,
    cardNumber: card.cardNumber,
    qrPayload: cardQrPayload(card.cardNumber),
    status: card.status,
    issuedAt: card.issuedAt.toISOString(),
    blockedAt: card.blockedAt?.toISOString() ?? null,
    blockedReason: card.blockedReason,
  };
}

export function toAuditEntryDto(entry: AuditEntryEntity): AuditEntryDto {
  return {
    id: entry.seq,
    occurredAt: entry.occurredAt,
    actorName: entry.actorName,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.beforeJson ? (JSON.parse(entry.beforeJson) as Record<string, unknown>) : null,
    after: entry.afterJson ? (JSON.parse(entry.afterJson) as Record<string, unknown>) : null,
  };
}

/** What the audit log keeps of an elder: enough to see a change, with personal data masked. */
export function elderAuditView(elder: ElderEntity): Record<string, unknown> {
  return {
    name: elder.name,
    idNumber: elder.idNumberMasked,
    phone: elder.phoneMasked,
    registeredRegionCode: elder.registeredRegionCode,
    residentRegionCode: elder.residentRegionCode,
    address: elder.address,
    emergencyContactName: elder.emergencyContactName,
    emergencyContactPhone: elder.emergencyContactPhoneMasked,
    dietTags: elder.dietTags,
    allergies: elder.allergies,
    photoUrl: elder.photoUrl,
    status: elder.status,
    statusEffectiveOn: elder.statusEffectiveOn,
    statusReason: elder.statusReason,
    verifiedOn: elder.verifiedOn,
    reviewDueOn: elder.reviewDueOn,
  };
}
