import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { addDays, addMonths, ASSESSMENT_GRADES, type ElderStatus, RegionLevel } from '@canteen/shared';
import type { DataSource } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { PersonalDataProtector } from '../../common/crypto/personal-data.protector.js';
import { ElderImportService } from '../../modules/elders/elder-import.service.js';
import { ElderAssessmentEntity, ElderCardEntity, ElderCategoryEntity } from '../../modules/elders/elder-records.entity.js';
import { ElderEntity } from '../../modules/elders/elder.entity.js';
import { RegionEntity } from '../../modules/regions/region.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { demoElderRows } from './demo-elders.js';

/** Which demo elders (by position) get which twist, so every status and review state is on show. */
const STATUS_BY_INDEX: Record<number, ElderStatus> = {
  11: 'SUSPENDED', 47: 'SUSPENDED', 93: 'SUSPENDED', 160: 'SUSPENDED', 222: 'SUSPENDED',
  13: 'DECEASED', 88: 'DECEASED', 177: 'DECEASED', 260: 'DECEASED',
  29: 'MOVED_OUT', 131: 'MOVED_OUT', 299: 'MOVED_OUT',
};
const LAPSED_EVERY = 31;
const DUE_EVERY = 37;
const PENDING_PROPOSALS = 8;

export interface DemoElderCard {
  cardNumber: string;
  name: string;
}

/**
 * Registers the demo elders through the real import path (so they get cards, approved categories and
 * audit entries like any roll), then adds assessments, statuses, review dates and a few proposals
 * waiting for approval. Runs only on a database without demo elders.
 */
@Injectable()
export class DemoElderSeeder {
  private readonly logger = new Logger(DemoElderSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: ElderImportService,
    private readonly protector: PersonalDataProtector,
  ) {}

  async run(today: string): Promise<void> {
    const manager = this.dataSource.manager;
    // Demo elders live in the demo province (53); elders elsewhere (a shared test database) do not count.
    const demoElders = await manager.createQueryBuilder(ElderEntity, 'elder').where("elder.resident_region_code LIKE '53%'").getCount();
    if (demoElders > 0) return;
    const communities = (await manager.find(RegionEntity, { where: { level: RegionLevel.COMMUNITY }, order: { code: 'ASC' } }))
      .map((region) => region.code)
      .filter((code) => code.startsWith('53'));
    const admin = await manager.findOneByOrFail(UserEntity, { username: 'admin' });
    const worker = await manager.findOneByOrFail(UserEntity, { username: 'worker1' });
    const actor: StaffActor = {
      kind: 'staff',
      userId: admin.id,
      username: admin.username,
      displayName: admin.displayName,
      role: admin.role,
      regionCode: admin.regionCode,
      canteenId: null,
    };
    const plans = demoElderRows(communities, today);
    const report = await this.importer.commit(actor, plans.map((plan) => plan.row));
    const elders = await Promise.all(
      plans.map((plan) => manager.findOneBy(ElderEntity, { idNumberIndex: this.protector.blindIndex(plan.row.idNumber) })),
    );
    await this.dataSource.transaction(async (tx) => {
      for (const [index, elder] of elders.entries()) {
        if (!elder) continue;
        if (plans[index]!.assessed) {
          const assessedOn = addMonths(today, -(index % 10) - 1);
          await tx.insert(ElderAssessmentEntity, {
            id: randomUUID(),
            elderId: elder.id,
            assessorOrg: '昆明市康养评估中心（示例）',
            assessedOn,
            grade: ASSESSMENT_GRADES[Math.floor(index / 5) % ASSESSMENT_GRADES.length]!,
            reportRef: `PG-DEMO-${String(index).padStart(4, '0')}`,
            validUntil: addMonths(assessedOn, 24),
            status: 'APPROVED',
            proposedBy: admin.id,
            proposedByName: admin.displayName,
            proposedAt: new Date(),
            decidedBy: admin.id,
            decidedByName: admin.displayName,
            decidedAt: new Date(),
            rejectionReason: null,
          });
        }
        const status = STATUS_BY_INDEX[index];
        if (status) {
          await tx.update(ElderEntity, { id: elder.id }, { status, statusEffectiveOn: addDays(today, -index), statusReason: '示例数据' });
          if (status !== 'SUSPENDED') {
            await tx.update(ElderCardEntity, { elderId: elder.id }, { status: 'BLOCKED', blockedAt: new Date(), blockedReason: status });
          }
        } else if (index % LAPSED_EVERY === 5) {
          await tx.update(ElderEntity, { id: elder.id }, { verifiedOn: addMonths(today, -14), reviewDueOn: addMonths(today, -2) });
        } else if (index % DUE_EVERY === 6) {
          await tx.update(ElderEntity, { id: elder.id }, { verifiedOn: addMonths(today, -11), reviewDueOn: addDays(today, 12) });
        }
      }
      const inWorkerCommunity = elders.filter((elder) => elder?.residentRegionCode === worker.regionCode && elder.status === 'ACTIVE');
      for (const elder of inWorkerCommunity.slice(0, PENDING_PROPOSALS)) {
        await tx.insert(ElderCategoryEntity, {
          id: randomUUID(),
          elderId: elder!.id,
          category: 'EMPTY_NEST',
          source: '入户走访（示例）',
          evidenceNote: '子女均在外地工作',
          validFrom: today,
          validTo: null,
          status: 'PENDING',
          proposedBy: worker.id,
          proposedByName: worker.displayName,
          proposedAt: new Date(),
          decidedBy: null,
          decidedByName: null,
          decidedAt: null,
          rejectionReason: null,
        });
      }
    });
    this.logger.log(`demo elders: ${report.created} registered`);
  }

  /** A few active elders' cards to try at the demo kiosk. */
  async sampleCards(limit = 3): Promise<DemoElderCard[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ElderCardEntity, 'card')
      .innerJoin(ElderEntity, 'elder', 'elder.id = card.elder_id')
      .select(['card.card_number AS cardNumber', 'elder.name AS name'])
      .where("card.status = 'ACTIVE' AND elder.status = 'ACTIVE' AND elder.review_due_on > :today", {
        today: new Date().toISOString().slice(0, 10),
      })
      .andWhere("elder.resident_region_code LIKE '530112%'")
      .orderBy('card.card_number', 'ASC')
      .limit(limit)
      .getRawMany<{ cardNumber: string; name: string }>();
    return rows.map((row) => ({ cardNumber: row.cardNumber, name: row.name }));
  }
}
