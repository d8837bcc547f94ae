import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApprovalStatus, AssessmentGrade, ElderCategory, ElderStatus } from '@canteen/shared';
import { Brackets, type DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { ElderAssessmentEntity, ElderCardEntity, ElderCategoryEntity } from './elder-records.entity.js';
import { ElderEntity } from './elder.entity.js';

export interface ElderSearch {
  scopePattern: string;
  regionPattern?: string;
  category?: ElderCategory;
  /** Inclusive bounds on birth_date for an age band. */
  bornFrom?: string;
  bornTo?: string;
  status?: ElderStatus;
  /** Review due between these dates (inclusive), for ACTIVE elders. */
  reviewDueFrom?: string;
  reviewDueTo?: string;
  text?: { name: string; idNumberIndex: string | null; cardNumber: string | null };
  today: string;
  offset: number;
  limit: number;
}

export interface ElderExtras {
  categories: Map<string, ElderCategory[]>;
  grades: Map<string, AssessmentGrade>;
  cards: Map<string, string>;
}

/** Approved and in force on `today` (parameter `:today`). */
const CATEGORY_IN_FORCE =
  "category.status = 'APPROVED' AND category.valid_from <= :today AND (category.valid_to IS NULL OR category.valid_to >= :today)";

@Injectable()
export class EldersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.manager): Promise<ElderEntity | null> {
    return manager.findOneBy(ElderEntity, { id });
  }

  findByIdNumberIndex(idNumberIndex: string, manager: EntityManager = this.manager): Promise<ElderEntity | null> {
    return manager.findOneBy(ElderEntity, { idNumberIndex });
  }

  async existingIdNumberIndexes(indexes: readonly string[]): Promise<Set<string>> {
    if (indexes.length === 0) return new Set();
    const rows = await this.manager.find(ElderEntity, {
      select: { idNumberIndex: true },
      where: { idNumberIndex: In([...indexes]) },
    });
    return new Set(rows.map((row) => row.idNumberIndex));
  }

  findCardByNumber(cardNumber: string): Promise<ElderCardEntity | null> {
    return this.manager.findOneBy(ElderCardEntity, { cardNumber });
  }

  findCardsOf(elderId: string, manager: EntityManager = this.manager): Promise<ElderCardEntity[]> {
    return manager.find(ElderCardEntity, { where: { elderId }, order: { issuedAt: 'DESC' } });
  }

  findCategoriesOf(elderId: string): Promise<ElderCategoryEntity[]> {
    return this.manager.find(ElderCategoryEntity, { where: { elderId }, order: { proposedAt: 'DESC' } });
  }

  findAssessmentsOf(elderId: string): Promise<ElderAssessmentEntity[]> {
    return this.manager.find(ElderAssessmentEntity, { where: { elderId }, order: { proposedAt: 'DESC' } });
  }

  async search(search: ElderSearch): Promise<{ rows: ElderEntity[]; total: number }> {
    const query = this.manager.createQueryBuilder(ElderEntity, 'elder');
    this.applyScope(query, search.scopePattern, search.regionPattern);
    if (search.status) query.andWhere('elder.status = :status', { status: search.status });
    if (search.bornFrom) query.andWhere('elder.birth_date >= :bornFrom', { bornFrom: search.bornFrom });
    if (search.bornTo) query.andWhere('elder.birth_date <= :bornTo', { bornTo: search.bornTo });
    if (search.reviewDueTo) {
      query.andWhere("elder.status = 'ACTIVE' AND elder.review_due_on <= :reviewDueTo", search);
      if (search.reviewDueFrom) query.andWhere('elder.review_due_on >= :reviewDueFrom', search);
    }
    if (search.category) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM elder_categories category WHERE category.elder_id = elder.id AND category.category = :category AND ${CATEGORY_IN_FORCE})`,
        { category: search.category, today: search.today },
      );
    }
    if (search.text) {
      const { name, idNumberIndex, cardNumber } = search.text;
      query.andWhere(
        new Brackets((match) => {
          match.where('elder.name LIKE :name', { name: `%${name.replace(/[\\%_]/g, (char) => `\\${char}`)}%` });
          if (idNumberIndex) match.orWhere('elder.id_number_index = :idNumberIndex', { idNumberIndex });
          if (cardNumber) {
            match.orWhere('EXISTS (SELECT 1 FROM elder_cards card WHERE card.elder_id = elder.id AND card.card_number = :cardNumber)', {
              cardNumber,
            });
          }
        }),
      );
    }
    const [rows, total] = await query
      .orderBy('elder.resident_region_code', 'ASC')
      .addOrderBy('elder.name', 'ASC')
      .addOrderBy('elder.id', 'ASC')
      .skip(search.offset)
      .take(search.limit)
      .getManyAndCount();
    return { rows, total };
  }

  /** Categories in force, current assessment grade and active card of a page of elders, in three queries. */
  async loadExtras(elderIds: readonly string[], today: string): Promise<ElderExtras> {
    const extras: ElderExtras = { ...(await this.loadEligibility(elderIds, today)), cards: new Map() };
    if (elderIds.length === 0) return extras;
    const cards = await this.manager.find(ElderCardEntity, { where: { elderId: In([...elderIds]), status: 'ACTIVE' } });
    for (const row of cards) extras.cards.set(row.elderId, row.cardNumber);
    return extras;
  }

  /** What the subsidy engine needs besides the birth date: categories in force and the current grade, in one query. */
  async loadEligibility(elderIds: readonly string[], today: string): Promise<Pick<ElderExtras, 'categories' | 'grades'>> {
    const eligibility: Pick<ElderExtras, 'categories' | 'grades'> = { categories: new Map(), grades: new Map() };
    if (elderIds.length === 0) return eligibility;
    const ids = [...elderIds];
    const marks = ids.map(() => '?').join(', ');
    const rows = await this.manager.query<{ kind: 'C' | 'A'; elder_id: string; value: string; assessed_on: string | null }[]>(
      `SELECT 'C' AS kind, elder_id, category AS value, NULL AS assessed_on FROM elder_categories
        WHERE elder_id IN (${marks}) AND status = 'APPROVED' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
       UNION ALL
       SELECT 'A' AS kind, elder_id, grade AS value, assessed_on FROM elder_assessments
        WHERE elder_id IN (${marks}) AND status = 'APPROVED' AND valid_until >= ?`,
      [...ids, today, today, ...ids, today],
    );
    const categories = rows.filter((row) => row.kind === 'C').sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    for (const row of categories) {
      const list = eligibility.categories.get(row.elder_id) ?? [];
      if (!list.includes(row.value as ElderCategory)) list.push(row.value as ElderCategory);
      eligibility.categories.set(row.elder_id, list);
    }
    // The latest assessment in force decides the grade.
    const assessments = rows.filter((row) => row.kind === 'A').sort((a, b) => (a.assessed_on! < b.assessed_on! ? -1 : a.assessed_on! > b.assessed_on! ? 1 : 0));
    for (const row of assessments) eligibility.grades.set(row.elder_id, row.value as AssessmentGrade);
    return eligibility;
  }

  /** ACTIVE elders in scope (and region), counted per category in force. */
  async countByCategory(scopePattern: string, regionPattern: string | undefined, today: string) {
    const query = this.manager
      .createQueryBuilder(ElderCategoryEntity, 'category')
      .innerJoin(ElderEntity, 'elder', 'elder.id = category.elder_id')
      .select('category.category', 'category')
      .addSelect('COUNT(DISTINCT category.elder_id)', 'count')
      .where("elder.status = 'ACTIVE'")
      .andWhere(CATEGORY_IN_FORCE, { today })
      .groupBy('category.category');
    this.applyScope(query, scopePattern, regionPattern);
    const rows = await query.getRawMany<{ category: ElderCategory; count: string | number }>();
    return rows.map((row) => ({ category: row.category, count: Number(row.count) }));
  }

  /** ACTIVE elders counted into birth-date ranges, one CASE per band. */
  async countByBirthRanges(
    scopePattern: string,
    regionPattern: string | undefined,
    ranges: readonly { key: string; bornFrom: string; bornTo: string }[],
  ): Promise<Map<string, number>> {
    const query = this.manager.createQueryBuilder(ElderEntity, 'elder').where("elder.status = 'ACTIVE'");
    this.applyScope(query, scopePattern, regionPattern);
    query.select('COUNT(*)', 'total');
    ranges.forEach((range, index) => {
      query.addSelect(
        `SUM(CASE WHEN elder.birth_date >= :from${index} AND elder.birth_date <= :to${index} THEN 1 ELSE 0 END)`,
        `band${index}`,
      );
      query.setParameter(`from${index}`, range.bornFrom).setParameter(`to${index}`, range.bornTo);
    });
    const raw = (await query.getRawOne<Record<string, string | number | null>>()) ?? {};
    const counts = new Map<string, number>([['total', Number(raw.total ?? 0)]]);
    ranges.forEach((range, index) => counts.set(range.key, Number(raw[`band${index}`] ?? 0)));
    return counts;
  }

  /** ACTIVE elders per child region: the first `childLength` digits of the 常住 community code. */
  async countByResidentPrefix(scopePattern: string, regionPattern: string | undefined, childLength: number) {
    const query = this.manager
      .createQueryBuilder(ElderEntity, 'elder')
      .select(`SUBSTR(elder.resident_region_code, 1, ${Number(childLength)})`, 'prefix')
      .addSelect('COUNT(*)', 'count')
      .where("elder.status = 'ACTIVE'")
      .groupBy('prefix');
    this.applyScope(query, scopePattern, regionPattern);
    const rows = await query.getRawMany<{ prefix: string; count: string | number }>();
    return rows.map((row) => ({ prefix: row.prefix, count: Number(row.count) }));
  }

  /** Visible when the 常住 community or the 户籍 region lies in scope. */
  private applyScope<T extends object>(query: SelectQueryBuilder<T>, scopePattern: string, regionPattern?: string): void {
    query.andWhere(
      '(elder.resident_region_code LIKE :scopePattern OR elder.registered_region_code LIKE :scopePattern)',
      { scopePattern },
    );
    if (regionPattern) {
      query.andWhere(
        '(elder.resident_region_code LIKE :regionPattern OR elder.registered_region_code LIKE :regionPattern)',
        { regionPattern },
      );
    }
  }

  findProposal<T extends ElderCategoryEntity | ElderAssessmentEntity>(
    entity: new () => T,
    id: string,
    manager: EntityManager = this.manager,
  ): Promise<T | null> {
    return manager.findOne(entity, { where: { id } as never });
  }

  /** One page of proposals of one kind whose elder's 常住 community is in scope. */
  async searchProposals<T extends ElderCategoryEntity | ElderAssessmentEntity>(
    entity: new () => T,
    scopePattern: string,
    status: ApprovalStatus,
    offset: number,
    limit: number,
  ): Promise<{ rows: { proposal: T; elder: ElderEntity }[]; total: number }> {
    const query = this.manager
      .createQueryBuilder(entity, 'proposal')
      .innerJoinAndMapOne('proposal.elder', ElderEntity, 'elder', 'elder.id = proposal.elder_id')
      .where('proposal.status = :status', { status })
      .andWhere('elder.resident_region_code LIKE :scopePattern', { scopePattern })
      .orderBy('proposal.proposed_at', 'ASC')
      .addOrderBy('proposal.id', 'ASC')
      .skip(offset)
      .take(limit);
    const [rows, total] = await query.getManyAndCount();
    return {
      rows: rows.map((row) => ({ proposal: row, elder: (row as T & { elder: ElderEntity }).elder })),
      total,
    };
  }
}
