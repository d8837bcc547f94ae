import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { type PolicyStatus, SubsidyPolicyEntity } from './subsidy-policy.entity.js';

export interface PolicySearch {
  scopePattern: string;
  regionPattern?: string;
  status?: PolicyStatus;
}

/** The columns a status change may set besides the status itself. */
export type PolicyTransition = Partial<
  Pick<SubsidyPolicyEntity, 'submittedBy' | 'submittedAt' | 'decidedBy' | 'decidedAt' | 'decisionNote'>
>;

@Injectable()
export class SubsidyPoliciesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ACTIVE version of a district's policy in force on a date: the latest effective_from not after it. */
  findInForce(
    regionCode: string,
    serviceDate: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubsidyPolicyEntity | null> {
    return manager
      .createQueryBuilder(SubsidyPolicyEntity, 'policy')
      .where("policy.region_code = :regionCode AND policy.status = 'ACTIVE' AND policy.effective_from <= :serviceDate", {
        regionCode,
        serviceDate,
      })
      .orderBy('policy.effective_from', 'DESC')
      .addOrderBy('policy.version', 'DESC')
      .getOne();
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<SubsidyPolicyEntity | null> {
    return manager.findOneBy(SubsidyPolicyEntity, { id });
  }

  /** Versions of the districts in scope (and under a region), newest first. */
  search(search: PolicySearch): Promise<SubsidyPolicyEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(SubsidyPolicyEntity, 'policy')
      .where('policy.region_code LIKE :scopePattern', { scopePattern: search.scopePattern });
    if (search.regionPattern) query.andWhere('policy.region_code LIKE :regionPattern', { regionPattern: search.regionPattern });
    if (search.status) query.andWhere('policy.status = :status', { status: search.status });
    return query
      .orderBy('policy.created_at', 'DESC')
      .addOrderBy('policy.region_code', 'ASC')
      .addOrderBy('policy.version', 'DESC')
      .getMany();
  }

  /** The district's highest version number so far (0 when it has none). */
  async latestVersion(regionCode: string, manager: EntityManager): Promise<number> {
    const row = await manager
      .createQueryBuilder(SubsidyPolicyEntity, 'policy')
      .select('MAX(policy.version)', 'latest')
      .where('policy.region_code = :regionCode', { regionCode })
      .getRawOne<{ latest: number | string | null }>();
    return Number(row?.latest ?? 0);
  }

  async insert(manager: EntityManager, policy: SubsidyPolicyEntity): Promise<void> {
    await manager.insert(SubsidyPolicyEntity, policy);
  }

  /** Changes a draft, guarded by its status; false when it is no longer a draft. */
  async updateDraft(
    manager: EntityManager,
    id: string,
    changes: Partial<Pick<SubsidyPolicyEntity, 'label' | 'effectiveFrom' | 'document'>>,
  ): Promise<boolean> {
    if (Object.keys(changes).length > 0) {
      await manager
        .createQueryBuilder()
        .update(SubsidyPolicyEntity)
        .set(changes)
        .where("id = :id AND status = 'DRAFT'", { id })
        .execute();
    }
    // Re-read rather than trust `affected`: MySQL may count an UPDATE that changed nothing as 0 rows.
    const after = await this.findById(id, manager);
    return after?.status === 'DRAFT';
  }

  /**
   * Moves a version from one status to another with one guarded `UPDATE … WHERE status = :from`, so two
   * officials deciding at once cannot both succeed; false when it was not in `from` any more.
   */
  async transition(
    manager: EntityManager,
    id: string,
    from: PolicyStatus,
    to: PolicyStatus,
    changes: PolicyTransition,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SubsidyPolicyEntity)
      .set({ ...changes, status: to })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Display names of the users who created, submitted or decided versions. */
  async userNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'account')
      .select(['account.id', 'account.displayName'])
      .where('account.id IN (:...wanted)', { wanted })
      .getMany();
    return new Map(rows.map((user) => [user.id, user.displayName]));
  }
}
