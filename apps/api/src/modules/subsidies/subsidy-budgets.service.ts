import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, FUNDING_SOURCES, RegionLevel, todayIn } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { assertRegionInScope, regionScopePattern } from '../../common/auth/region-scope.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { auditActorOf, AuditService } from '../audit/audit.service.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import type { ListSubsidyBudgetsQueryDto, PutSubsidyBudgetsDto, SubsidyBudgetDto } from './dto/subsidy-budget.dto.js';
import { SubsidyBudgetsRepository } from './subsidy-budgets.repository.js';
import type { SubsidyBudgetEntity } from './subsidy-policy.entity.js';
import { toSubsidyBudgetDto } from './subsidy.mapper.js';

const SOURCE_ORDER = new Map<string, number>(FUNDING_SOURCES.map((source, index) => [source, index]));

function bySource(a: SubsidyBudgetEntity, b: SubsidyBudgetEntity): number {
  return (SOURCE_ORDER.get(a.source) ?? 99) - (SOURCE_ORDER.get(b.source) ?? 99);
}

function snapshot(rows: readonly SubsidyBudgetEntity[]) {
  return [...rows]
    .sort(bySource)
    .map((row) => ({ source: row.source, budgetFen: row.budgetFen, hardStop: Boolean(row.hardStop) }));
}

/** A district's monthly budget per funding source, and how much of it orders have used. */
@Injectable()
export class SubsidyBudgetsService {
  constructor(
    private readonly budgets: SubsidyBudgetsRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: StaffActor, query: ListSubsidyBudgetsQueryDto): Promise<SubsidyBudgetDto[]> {
    if (query.regionCode) assertRegionInScope(actor, query.regionCode, 'This region');
    const month = query.month ?? todayIn(DEFAULT_TIME_ZONE).slice(0, 7);
    const rows = await this.budgets.searchMonth(
      regionScopePattern(actor),
      query.regionCode ? `${query.regionCode}%` : undefined,
      month,
    );
    return rows.sort((a, b) => a.regionCode.localeCompare(b.regionCode) || bySource(a, b)).map(toSubsidyBudgetDto);
  }

  /** Sets the month's lines (spending so far is kept) and its hard stop, audit-logged with the change. */
  async put(actor: StaffActor, regionCode: string, month: string, dto: PutSubsidyBudgetsDto): Promise<SubsidyBudgetDto[]> {
    assertRegionInScope(actor, regionCode, 'This district');
    const region = await this.regions.findByCode(regionCode);
    if (!region || region.level !== RegionLevel.COUNTY) {
      throw DomainException.invalidField('regionCode', 'knownDistrict', 'Not a known district (county) code');
    }
    const rows = await this.budgets.transaction(async (manager) => {
      const before = await this.budgets.findForMonth(regionCode, month, manager);
      await this.budgets.upsertLines(manager, regionCode, month, dto.lines, dto.hardStop);
      const after = await this.budgets.findForMonth(regionCode, month, manager);
      await this.audit.record(manager, auditActorOf(actor), {
        action: 'SUBSIDY_BUDGET_SET',
        entityType: 'SUBSIDY_BUDGET',
        entityId: `${regionCode}:${month}`,
        regionCode,
        before: before.length > 0 ? { lines: snapshot(before) } : null,
        after: { lines: snapshot(after) },
      });
      return after;
    });
    return rows.sort(bySource).map(toSubsidyBudgetDto);
  }
}
