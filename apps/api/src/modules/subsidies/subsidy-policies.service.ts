import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_TIME_ZONE,
  ErrorCode,
  isWithinScope,
  parseSubsidyPolicy,
  RegionLevel,
  type SubsidyPolicy,
  todayIn,
} from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { assertRegionInScope, regionScopePattern } from '../../common/auth/region-scope.js';
import { isUniqueViolation } from '../../common/database/driver-errors.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { auditActorOf, AuditService } from '../audit/audit.service.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type {
  CreateSubsidyPolicyDto,
  ListSubsidyPoliciesQueryDto,
  SubsidyPolicyDto,
  UpdateSubsidyPolicyDto,
} from './dto/subsidy-policy.dto.js';
import { SubsidyPoliciesRepository } from './subsidy-policies.repository.js';
import { type PolicyStatus, SubsidyPolicyEntity } from './subsidy-policy.entity.js';
import { toSubsidyPolicyDto } from './subsidy.mapper.js';

/** The audit trail's name for policy versions. */
export const POLICY_ENTITY_TYPE = 'SUBSIDY_POLICY';

/** Attempts at numbering a new version when another official drafts one for the same district at the same time. */
const VERSION_ATTEMPTS = 3;

/** Validates a policy document; problems become a 422 POLICY_INVALID naming each `document.<path>`. */
export function parsePolicyDocument(document: unknown): SubsidyPolicy {
  const parsed = parseSubsidyPolicy(document);
  if (parsed.ok) return parsed.policy;
  throw new DomainException(
    ErrorCode.POLICY_INVALID,
    HttpStatus.UNPROCESSABLE_ENTITY,
    'The policy document is invalid',
    parsed.problems.map((problem) => ({
      field: problem.field ? `document.${problem.field}` : 'document',
      constraint: problem.message,
    })),
  );
}

/**
 * Versioned subsidy policies per district: drafted and edited freely, submitted, then activated by a
 * second official (four eyes). An active version is never edited; a change is a new version from a
 * later date, and the version in force on a date is found by `SubsidyPoliciesRepository.findInForce`.
 */
@Injectable()
export class SubsidyPoliciesService {
  constructor(
    private readonly policies: SubsidyPoliciesRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  today(): string {
    return todayIn(DEFAULT_TIME_ZONE);
  }

  async list(actor: StaffActor, query: ListSubsidyPoliciesQueryDto): Promise<SubsidyPolicyDto[]> {
    if (query.regionCode) assertRegionInScope(actor, query.regionCode, 'This region');
    const rows = await this.policies.search({
      scopePattern: regionScopePattern(actor),
      regionPattern: query.regionCode ? `${query.regionCode}%` : undefined,
      status: query.status,
    });
    return this.toDtos(rows);
  }

  async get(actor: StaffActor, id: string): Promise<SubsidyPolicyDto> {
    return (await this.toDtos([await this.readable(actor, id)]))[0]!;
  }

  /** Reads a version the actor may see: 404 when unknown, 403 when its district is outside their scope. */
  async readable(actor: StaffActor, id: string, manager?: EntityManager): Promise<SubsidyPolicyEntity> {
    const policy = await this.policies.findById(id, manager);
    if (!policy) throw DomainException.notFound(ErrorCode.POLICY_NOT_FOUND, 'No such subsidy policy');
    if (!isWithinScope(policy.regionCode, actor.regionCode)) throw DomainException.outOfScope('This policy');
    return policy;
  }

  async create(actor: StaffActor, dto: CreateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
    await this.assertDistrict(actor, dto.regionCode);
    const document = parsePolicyDocument(dto.document);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const policy = await this.policies.transaction(async (manager) => {
          const row = Object.assign(new SubsidyPolicyEntity(), {
            id: randomUUID(),
            regionCode: dto.regionCode,
            version: (await this.policies.latestVersion(dto.regionCode, manager)) + 1,
            status: 'DRAFT' as const,
            effectiveFrom: dto.effectiveFrom,
            label: dto.label,
            document: JSON.stringify(document),
            createdBy: actor.userId,
            submittedBy: null,
            submittedAt: null,
            decidedBy: null,
            decidedAt: null,
            decisionNote: null,
          });
          await this.policies.insert(manager, row);
          await this.record(manager, actor, row, 'SUBSIDY_POLICY_DRAFTED', null, {
            status: 'DRAFT',
            effectiveFrom: row.effectiveFrom,
            label: row.label,
            document,
          });
          return row;
        });
        return this.get(actor, policy.id);
      } catch (error) {
        // The (region, version) unique key refused a number another draft took meanwhile: number again.
        if (attempt >= VERSION_ATTEMPTS || !isUniqueViolation(error)) throw error;
      }
    }
  }

  async update(actor: StaffActor, id: string, dto: UpdateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
    const document = dto.document === undefined ? undefined : parsePolicyDocument(dto.document);
    await this.policies.transaction(async (manager) => {
      const policy = await this.readable(actor, id, manager);
      if (policy.status !== 'DRAFT') throw this.notDraft();
      const changes = {
        ...(dto.label !== undefined ? { label: dto.label } : {}),
        ...(dto.effectiveFrom !== undefined ? { effectiveFrom: dto.effectiveFrom } : {}),
        ...(document !== undefined ? { document: JSON.stringify(document) } : {}),
      };
      if (!(await this.policies.updateDraft(manager, id, changes))) throw this.notDraft();
      if (Object.keys(changes).length === 0) return;
      await this.record(
        manager,
        actor,
        policy,
        'SUBSIDY_POLICY_UPDATED',
        { status: 'DRAFT', effectiveFrom: policy.effectiveFrom, label: policy.label },
        {
          status: 'DRAFT',
          effectiveFrom: dto.effectiveFrom ?? policy.effectiveFrom,
          label: dto.label ?? policy.label,
          ...(document ? { document } : {}),
        },
      );
    });
    return this.get(actor, id);
  }

  async submit(actor: StaffActor, id: string): Promise<SubsidyPolicyDto> {
    await this.policies.transaction(async (manager) => {
      const policy = await this.readable(actor, id, manager);
      if (policy.status !== 'DRAFT') throw this.notDraft();
      this.assertNotStarted(policy);
      // Checked again: the schema may have grown stricter since the draft was saved.
      parsePolicyDocument(JSON.parse(policy.document));
      const moved = await this.policies.transition(manager, id, 'DRAFT', 'PENDING_APPROVAL', {
        submittedBy: actor.userId,
        submittedAt: new Date(),
      });
      if (!moved) throw this.notDraft();
      await this.record(manager, actor, policy, 'SUBSIDY_POLICY_SUBMITTED', { status: 'DRAFT' }, {
        status: 'PENDING_APPROVAL',
        effectiveFrom: policy.effectiveFrom,
      });
    });
    return this.get(actor, id);
  }

  /** Activates a submitted version; someone other than its author and its submitter must do it. */
  async approve(actor: StaffActor, id: string, note: string | undefined): Promise<SubsidyPolicyDto> {
    return this.decide(actor, id, 'ACTIVE', note ?? null);
  }

  async reject(actor: StaffActor, id: string, note: string): Promise<SubsidyPolicyDto> {
    return this.decide(actor, id, 'REJECTED', note);
  }

  private async decide(actor: StaffActor, id: string, to: PolicyStatus, note: string | null): Promise<SubsidyPolicyDto> {
    await this.policies.transaction(async (manager) => {
      const policy = await this.readable(actor, id, manager);
      if (policy.status !== 'PENDING_APPROVAL') throw this.notPending();
      if (to === 'ACTIVE') {
        if (policy.submittedBy === actor.userId || policy.createdBy === actor.userId) {
          throw DomainException.forbidden(ErrorCode.POLICY_OWN_SUBMISSION, 'Another official must approve this version');
        }
        // Activating a version whose first day has passed would rewrite the record of what was in force.
        this.assertNotStarted(policy);
      }
      const moved = await this.policies.transition(manager, id, 'PENDING_APPROVAL', to, {
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: note,
      });
      if (!moved) throw this.notPending();
      await this.record(
        manager,
        actor,
        policy,
        to === 'ACTIVE' ? 'SUBSIDY_POLICY_APPROVED' : 'SUBSIDY_POLICY_REJECTED',
        { status: 'PENDING_APPROVAL' },
        {
          status: to,
          effectiveFrom: policy.effectiveFrom,
          decisionNote: note,
          ...(to === 'ACTIVE' ? { document: JSON.parse(policy.document) as SubsidyPolicy } : {}),
        },
      );
    });
    return this.get(actor, id);
  }

  private assertNotStarted(policy: SubsidyPolicyEntity): void {
    if (policy.effectiveFrom < this.today()) {
      throw DomainException.invalidField('effectiveFrom', 'notBeforeToday', 'A version cannot take effect before today');
    }
  }

  /** A known district (6-digit county code) inside the actor's scope. */
  private async assertDistrict(actor: StaffActor, regionCode: string): Promise<void> {
    assertRegionInScope(actor, regionCode, 'This district');
    const region = await this.regions.findByCode(regionCode);
    if (!region || region.level !== RegionLevel.COUNTY) {
      throw DomainException.invalidField('regionCode', 'knownDistrict', 'Not a known district (county) code');
    }
  }

  private notDraft(): DomainException {
    return DomainException.conflict(ErrorCode.POLICY_NOT_DRAFT, 'Only a draft can be changed or submitted');
  }

  private notPending(): DomainException {
    return DomainException.conflict(ErrorCode.POLICY_NOT_PENDING, 'This version is not waiting for a decision');
  }

  private async record(
    manager: EntityManager,
    actor: StaffActor,
    policy: SubsidyPolicyEntity,
    action: string,
    before: object | null,
    after: object,
  ): Promise<void> {
    await this.audit.record(manager, auditActorOf(actor), {
      action,
      entityType: POLICY_ENTITY_TYPE,
      entityId: policy.id,
      regionCode: policy.regionCode,
      before: before ? { version: policy.version, ...before } : null,
      after: { version: policy.version, ...after },
    });
  }

  private async toDtos(rows: SubsidyPolicyEntity[]): Promise<SubsidyPolicyDto[]> {
    const users = await this.policies.userNames(rows.flatMap((row) => [row.createdBy, row.submittedBy, row.decidedBy]));
    const regions = await this.regions.namesByCode(rows.map((row) => row.regionCode));
    return rows.map((row) => toSubsidyPolicyDto(row, users, regions));
  }
}
