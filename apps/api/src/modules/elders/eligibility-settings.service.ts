import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMonths, DEFAULT_REVIEW_INTERVAL_MONTHS, RegionLevel, regionLevelOf } from '@canteen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { assertRegionInScope } from '../../common/auth/region-scope.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { auditActorOf, AuditService } from '../audit/audit.service.js';
import type { EligibilitySettingDto } from './dto/approval.dto.js';
import { EligibilitySettingEntity } from './elder-records.entity.js';

/** The district (county) an elder's records belong to: the first six digits of the 常住 community. */
export function districtOf(communityCode: string): string {
  return communityCode.slice(0, 6);
}

/** How often each district re-verifies eligibility (default 12 months), and the next review date. */
@Injectable()
export class EligibilitySettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async intervalMonthsFor(districtCode: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const setting = await manager.findOneBy(EligibilitySettingEntity, { regionCode: districtCode });
    return setting?.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  }

  async nextReviewDate(
    residentRegionCode: string,
    verifiedOn: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    return addMonths(verifiedOn, await this.intervalMonthsFor(districtOf(residentRegionCode), manager));
  }

  async get(actor: StaffActor, regionCode: string): Promise<EligibilitySettingDto> {
    this.assertDistrict(regionCode);
    assertRegionInScope(actor, regionCode, 'This district');
    return { regionCode, reviewIntervalMonths: await this.intervalMonthsFor(regionCode) };
  }

  async put(actor: StaffActor, regionCode: string, reviewIntervalMonths: number): Promise<EligibilitySettingDto> {
    this.assertDistrict(regionCode);
    assertRegionInScope(actor, regionCode, 'This district');
    await this.dataSource.transaction(async (manager) => {
      const before = await this.intervalMonthsFor(regionCode, manager);
      await manager.upsert(
        EligibilitySettingEntity,
        { regionCode, reviewIntervalMonths, updatedBy: actor.userId },
        ['regionCode'],
      );
      await this.audit.record(manager, auditActorOf(actor), {
        action: 'ELIGIBILITY_SETTING_CHANGED',
        entityType: 'REGION',
        entityId: regionCode,
        regionCode,
        before: { reviewIntervalMonths: before },
        after: { reviewIntervalMonths },
      });
    });
    return { regionCode, reviewIntervalMonths };
  }

  private assertDistrict(regionCode: string): void {
    if (regionLevelOf(regionCode) !== RegionLevel.COUNTY) {
      throw DomainException.invalidField('regionCode', 'isDistrict', 'Settings are per district (6-digit code)');
    }
  }
}
