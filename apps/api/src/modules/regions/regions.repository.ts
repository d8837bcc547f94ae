import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
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

  async namesByCode(codes: readonly string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await this.regions
      .createQueryBuilder('region')
      .where('region.code IN (:...codes)', { codes: [...new Set(codes)] })
      .getMany();
    return new Map(rows.map((region) => [region.code, region.name]));
  }
}
