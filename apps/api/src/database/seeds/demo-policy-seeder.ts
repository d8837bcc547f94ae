import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { addDays, DEFAULT_TIME_ZONE, parseSubsidyPolicy, type SubsidyPolicy } from '@canteen/shared';
import type { EntityManager } from 'typeorm';
import { type AuditActor, AuditService } from '../../modules/audit/audit.service.js';
import { RegionEntity } from '../../modules/regions/region.entity.js';
import { POLICY_ENTITY_TYPE } from '../../modules/subsidies/subsidy-policies.service.js';
import { SubsidyPoliciesRepository } from '../../modules/subsidies/subsidy-policies.repository.js';
import { SubsidyPolicyEntity } from '../../modules/subsidies/subsidy-policy.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DEMO_DISTRICT_POLICIES, DEMO_DRAFT_POLICY } from './demo-policies.js';
import { firstOfPreviousMonth, secondsOf, shiftMonth, zonedInstant } from './demo-time.js';

function actorOf(user: UserEntity): AuditActor {
  return { id: user.id, name: user.displayName, role: user.role };
}

function checked(document: SubsidyPolicy): SubsidyPolicy {
  const parsed = parseSubsidyPolicy(document);
  if (!parsed.ok) throw new Error(`demo policy invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.policy;
}

/**
 * The demo districts' example policies: version 1 in force since the first day of last month, drafted
 * and submitted by the district's official and approved by a second one some days before it started (as
 * the four-eyes rule asks), and for 西山区 a draft of version 2 from next month. Written through the
 * policies repository — the service refuses a start date in the past, rightly for real versions — with the
 * audit entries the service records at each step. A district that has any version already is left alone.
 */
@Injectable()
export class DemoPolicySeeder {
  private readonly logger = new Logger(DemoPolicySeeder.name);

  constructor(
    private readonly policies: SubsidyPoliciesRepository,
    private readonly audit: AuditService,
  ) {}

  async run(today: string): Promise<void> {
    const effectiveFrom = firstOfPreviousMonth(today);
    const at = (daysBefore: number, time: string) =>
      zonedInstant(addDays(effectiveFrom, -daysBefore), secondsOf(time), DEFAULT_TIME_ZONE);
    let seeded = 0;
    await this.policies.transaction(async (manager) => {
      for (const demo of DEMO_DISTRICT_POLICIES) {
        if (!(await manager.existsBy(RegionEntity, { code: demo.regionCode }))) continue;
        if (await manager.existsBy(SubsidyPolicyEntity, { regionCode: demo.regionCode })) continue;
        const author = await manager.findOneBy(UserEntity, { username: demo.author });
        const approver = await manager.findOneBy(UserEntity, { username: demo.approver });
        if (!author || !approver) continue;
        const document = checked(demo.document);
        const policy = Object.assign(new SubsidyPolicyEntity(), {
          id: randomUUID(),
          regionCode: demo.regionCode,
          version: 1,
          status: 'ACTIVE' as const,
          effectiveFrom,
          label: demo.label,
          document: JSON.stringify(document),
          createdBy: author.id,
          createdAt: at(12, '10:00'),
          submittedBy: author.id,
          submittedAt: at(11, '15:30'),
          decidedBy: approver.id,
          decidedAt: at(8, '09:45'),
          decisionNote: '示例政策，金额由各区自行确定',
        });
        await this.policies.insert(manager, policy);
        const drafted = { status: 'DRAFT', effectiveFrom, label: policy.label, document };
        await this.record(manager, author, policy, 'SUBSIDY_POLICY_DRAFTED', null, drafted, policy.createdAt);
        const submitted = { status: 'PENDING_APPROVAL', effectiveFrom };
        await this.record(manager, author, policy, 'SUBSIDY_POLICY_SUBMITTED', { status: 'DRAFT' }, submitted, policy.submittedAt!);
        await this.record(
          manager,
          approver,
          policy,
          'SUBSIDY_POLICY_APPROVED',
          { status: 'PENDING_APPROVAL' },
          { status: 'ACTIVE', effectiveFrom, decisionNote: policy.decisionNote, document },
          policy.decidedAt!,
        );
        seeded += 1;
        if (demo.regionCode === DEMO_DRAFT_POLICY.regionCode) await this.seedDraft(manager, author, today);
      }
    });
    if (seeded > 0) this.logger.log(`demo subsidy policies: ${seeded} districts (examples)`);
  }

  private async seedDraft(manager: EntityManager, author: UserEntity, today: string): Promise<void> {
    const document = checked(DEMO_DRAFT_POLICY.document);
    const effectiveFrom = `${shiftMonth(today.slice(0, 7), 1)}-01`;
    const draft = Object.assign(new SubsidyPolicyEntity(), {
      id: randomUUID(),
      regionCode: DEMO_DRAFT_POLICY.regionCode,
      version: 2,
      status: 'DRAFT' as const,
      effectiveFrom,
      label: DEMO_DRAFT_POLICY.label,
      document: JSON.stringify(document),
      createdBy: author.id,
      createdAt: new Date(),
      submittedBy: null,
      submittedAt: null,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    });
    await this.policies.insert(manager, draft);
    const drafted = { status: 'DRAFT', effectiveFrom, label: draft.label, document };
    await this.record(manager, author, draft, 'SUBSIDY_POLICY_DRAFTED', null, drafted, draft.createdAt);
  }

  /** The entry SubsidyPoliciesService records for the same step (its private `record`). */
  private async record(
    manager: EntityManager,
    user: UserEntity,
    policy: SubsidyPolicyEntity,
    action: string,
    before: object | null,
    after: object,
    at: Date,
  ): Promise<void> {
    await this.audit.record(
      manager,
      actorOf(user),
      {
        action,
        entityType: POLICY_ENTITY_TYPE,
        entityId: policy.id,
        regionCode: policy.regionCode,
        before: before ? { version: policy.version, ...before } : null,
        after: { version: policy.version, ...after },
      },
      at,
    );
  }
}
