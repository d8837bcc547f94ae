import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { RegionLevel } from '@canteen/shared';
import { In, type Repository } from 'typeorm';
import { RegionEntity } from './region.entity.js';

@Injectable()
export class RegionsRepository {
  constructor(@InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>) {}

  findByCode(code: string): Promise<RegionEntity | null> {
    return this.regions.findOneBy({ code });
  }

  /** The region named by the scope and everything below it, ordered by code. */
  findWithinScope(scopePattern: string): Promise<RegionEntity[]> {
    return this.regions
      .createQueryBuilder('region')
      .where('region.code LIKE :scopePattern', { scopePattern })
      .orderBy('region.code', 'ASC')
      .getMany();
  }

  /** Which of these codes exist (at the given level). */
  async findExistingCodes(codes: readonly string[], level: RegionLevel): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.regions.find({ select: { code: true }, where: { code: In([...new Set(codes)]), level } });
    return new Set(rows.map((row) => row.code));
  }

  async namesByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await this.regions
      .createQueryBuilder('region')
      .where('region.code IN (:...codes)', { codes: [...new Set(codes)] })
      .getMany();
    return new Map(rows.map((region) => [region.code, region.name]));
  }
}
