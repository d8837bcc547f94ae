import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type ApprovalSubject, ErrorCode, isWithinScope } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { regionScopePattern } from '../../common/auth/region-scope.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { type Page, pageOffset } from '../../common/pagination.js';
import { auditActorOf, AuditService } from '../audit/audit.service.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { ApprovalItemDto, ListApprovalsQueryDto } from './dto/approval.dto.js';
import type { AssessmentDto, ElderCategoryDto } from './dto/elder.dto.js';
import type { ProposeAssessmentDto, ProposeCategoryDto } from './dto/elder-input.dto.js';
import { assertElderWritable } from './elder-access.js';
import { toAssessmentDto, toElderCategoryDto } from './elder.mapper.js';
import { ElderAssessmentEntity, ElderCategoryEntity } from './elder-records.entity.js';
import type { ElderEntity } from './elder.entity.js';
import { EldersRepository } from './elders.repository.js';
import { EligibilitySettingsService } from './eligibility-settings.service.js';
import { EldersService } from './elders.service.js';

type Proposal = ElderCategoryEntity | ElderAssessmentEntity;

const ENTITY_OF: Record<ApprovalSubject, new () => Proposal> = {
  CATEGORY: ElderCategoryEntity,
  ASSESSMENT: ElderAssessmentEntity,
};

function summaryOf(proposal: Proposal): ApprovalItemDto['summary'] {
  if (proposal instanceof ElderCategoryEntity) {
    const { category, source, evidenceNote, validFrom, validTo } = proposal;
    return { category, source, evidenceNote, validFrom, validTo };
  }
  const { grade, assessorOrg, assessedOn, reportRef, validUntil } = proposal;
  return { grade, assessorOrg, assessedOn, reportRef, validUntil };
}

/**
 * Categories and assessments are proposed by registrars and take effect only when an official other
 * than the proposer approves them (four eyes). Approval also counts as re-verifying the elder.
 */
@Injectable()
export class ElderProposalsService {
  constructor(
    private readonly elders: EldersRepository,
    private readonly eldersService: EldersService,
    private readonly regions: RegionsRepository,
    private readonly settings: EligibilitySettingsService,
    private readonly audit: AuditService,
  ) {}

  async proposeCategory(actor: StaffActor, elderId: string, dto: ProposeCategoryDto): Promise<ElderCategoryDto> {
    if (dto.validTo && dto.validTo < dto.validFrom) {
      throw DomainException.invalidField('validTo', 'afterValidFrom', 'validTo is before validFrom');
    }
    const elder = await this.activeWritableElder(actor, elderId);
    const row = Object.assign(new ElderCategoryEntity(), {
      ...this.newProposal(actor, elder),
      category: dto.category,
      source: dto.source,
      evidenceNote: dto.evidenceNote,
      validFrom: dto.validFrom,
      validTo: dto.validTo ?? null,
    });
    await this.saveProposal(actor, elder, row, 'CATEGORY_PROPOSED');
    return toElderCategoryDto(row);
  }

  async proposeAssessment(actor: StaffActor, elderId: string, dto: ProposeAssessmentDto): Promise<AssessmentDto> {
    if (dto.validUntil < dto.assessedOn) {
      throw DomainException.invalidField('validUntil', 'afterAssessedOn', 'validUntil is before the assessment');
    }
    if (dto.assessedOn > this.eldersService.today()) {
      throw DomainException.invalidField('assessedOn', 'notInFuture', 'The assessment date cannot be in the future');
    }
    const elder = await this.activeWritableElder(actor, elderId);
    const row = Object.assign(new ElderAssessmentEntity(), {
      ...this.newProposal(actor, elder),
      assessorOrg: dto.assessorOrg,
      assessedOn: dto.assessedOn,
      grade: dto.grade,
      reportRef: dto.reportRef,
      validUntil: dto.validUntil,
    });
    await this.saveProposal(actor, elder, row, 'ASSESSMENT_PROPOSED');
    return toAssessmentDto(row);
  }

  async list(actor: StaffActor, query: ListApprovalsQueryDto): Promise<Page<ApprovalItemDto>> {
    const subjects: ApprovalSubject[] = query.subject ? [query.subject] : ['CATEGORY', 'ASSESSMENT'];
    const status = query.status ?? 'PENDING';
    // Two small tables merged: fetch enough of each to fill the requested page, oldest first.
    const wanted = pageOffset(query) + query.pageSize;
    const results = await Promise.all(
      subjects.map(async (subject) => ({
        subject,
        ...(await this.elders.searchProposals(ENTITY_OF[subject], regionScopePattern(actor), status, 0, wanted)),
      })),
    );
    const merged = results
      .flatMap((result) => result.rows.map((row) => ({ ...row, subject: result.subject })))
      .sort((a, b) => a.proposal.proposedAt.getTime() - b.proposal.proposedAt.getTime())
      .slice(pageOffset(query), wanted);
    const names = await this.regions.namesByCode(merged.map((row) => row.elder.residentRegionCode));
    return {
      items: merged.map((row) => this.toItem(row.subject, row.proposal, row.elder, names)),
      total: results.reduce((sum, result) => sum + result.total, 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async approve(actor: StaffActor, subject: ApprovalSubject, id: string): Promise<ApprovalItemDto> {
    return this.decide(actor, subject, id, null);
  }

  async reject(actor: StaffActor, subject: ApprovalSubject, id: string, reason: string): Promise<ApprovalItemDto> {
    return this.decide(actor, subject, id, reason);
  }

  private async decide(
    actor: StaffActor,
    subject: ApprovalSubject,
    id: string,
    rejectionReason: string | null,
  ): Promise<ApprovalItemDto> {
    const outcome = await this.elders.transaction(async (manager) => {
      const proposal = await this.elders.findProposal(ENTITY_OF[subject], id, manager);
      if (!proposal) throw DomainException.notFound(ErrorCode.APPROVAL_NOT_FOUND, 'No such proposal');
      const elder = await this.elders.findById(proposal.elderId, manager);
      if (!elder || !isWithinScope(elder.residentRegionCode, actor.regionCode)) {
        throw DomainException.outOfScope('This proposal');
      }
      if (proposal.proposedBy === actor.userId) {
        throw DomainException.forbidden(ErrorCode.APPROVAL_OWN_PROPOSAL, 'Someone else must approve your proposal');
      }
      // Guarded update: only a still-pending proposal is decided, so two officials cannot both decide it.
      const now = new Date();
      const decided = await manager
        .createQueryBuilder()
        .update(ENTITY_OF[subject])
        .set({
          status: rejectionReason ? 'REJECTED' : 'APPROVED',
          decidedBy: actor.userId,
          decidedByName: actor.displayName,
          decidedAt: now,
          rejectionReason,
        })
        .where("id = :id AND status = 'PENDING'", { id })
        .execute();
      if ((decided.affected ?? 0) === 0) {
        throw DomainException.conflict(ErrorCode.APPROVAL_NOT_PENDING, 'This proposal was already decided');
      }
      if (!rejectionReason) await this.markVerified(manager, elder);
      await this.audit.record(manager, auditActorOf(actor), {
        action: `${subject}_${rejectionReason ? 'REJECTED' : 'APPROVED'}`,
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        before: { id, status: 'PENDING' },
        after: { id, ...summaryOf(proposal), status: rejectionReason ? 'REJECTED' : 'APPROVED', rejectionReason },
      });
      const updated = (await this.elders.findProposal(ENTITY_OF[subject], id, manager))!;
      return { proposal: updated, elder };
    });
    const names = await this.regions.namesByCode([outcome.elder.residentRegionCode]);
    return this.toItem(subject, outcome.proposal, outcome.elder, names);
  }

  private async markVerified(manager: EntityManager, elder: ElderEntity): Promise<void> {
    const today = this.eldersService.today();
    elder.verifiedOn = today;
    elder.reviewDueOn = await this.settings.nextReviewDate(elder.residentRegionCode, today, manager);
    await manager.update('elders', { id: elder.id }, { verifiedOn: elder.verifiedOn, reviewDueOn: elder.reviewDueOn });
  }

  private async activeWritableElder(actor: StaffActor, elderId: string): Promise<ElderEntity> {
    const elder = await this.elders.findById(elderId);
    assertElderWritable(actor, elder);
    if (elder.status === 'DECEASED') throw DomainException.conflict(ErrorCode.ELDER_DECEASED, 'The elder is deceased');
    return elder;
  }

  private newProposal(actor: StaffActor, elder: ElderEntity) {
    return {
      id: randomUUID(),
      elderId: elder.id,
      status: 'PENDING' as const,
      proposedBy: actor.userId,
      proposedByName: actor.displayName,
      proposedAt: new Date(),
      decidedBy: null,
      decidedByName: null,
      decidedAt: null,
      rejectionReason: null,
    };
  }

  private async saveProposal(actor: StaffActor, elder: ElderEntity, row: Proposal, action: string): Promise<void> {
    await this.elders.transaction(async (manager) => {
      await manager.insert(row.constructor as new () => Proposal, row);
      await this.audit.record(manager, auditActorOf(actor), {
        action,
        entityType: 'ELDER',
        entityId: elder.id,
        regionCode: elder.residentRegionCode,
        after: { id: row.id, ...summaryOf(row), status: 'PENDING' },
      });
    });
  }

  private toItem(subject: ApprovalSubject, proposal: Proposal, elder: ElderEntity, names: Map<string, string>): ApprovalItemDto {
    return {
      id: proposal.id,
      subject,
      status: proposal.status,
      elderId: elder.id,
      elderName: elder.name,
      residentRegionCode: elder.residentRegionCode,
      residentRegionName: names.get(elder.residentRegionCode) ?? '',
      summary: summaryOf(proposal),
      proposedByName: proposal.proposedByName,
      proposedAt: proposal.proposedAt.toISOString(),
      decidedByName: proposal.decidedByName,
      decidedAt: proposal.decidedAt?.toISOString() ?? null,
      rejectionReason: proposal.rejectionReason,
    };
  }
}
