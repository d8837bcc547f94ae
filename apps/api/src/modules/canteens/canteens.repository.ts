import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { CanteenStatus } from '@canteen/shared';
import { CanteenEntity } from './canteen.entity.js';

export interface CanteenSearch {
  scopePattern: string;
  regionPattern?: string;
  status?: CanteenStatus;
  text?: string;
  onlyId?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class CanteensRepository {
  constructor(@InjectRepository(CanteenEntity) private readonly canteens: Repository<CanteenEntity>) {}

  findById(id: string): Promise<CanteenEntity | null> {
    return this.canteens.findOneBy({ id });
  }

  async existsWithCode(code: string): Promise<boolean> {
    return (await this.canteens.countBy({ code })) > 0;
  }

  save(canteen: CanteenEntity): Promise<CanteenEntity> {
    return this.canteens.save(canteen);
  }

  /** One page of canteens inside a region scope, with the optional filters, ordered by code. */
  async searchInScope(search: CanteenSearch): Promise<{ rows: CanteenEntity[]; total: number }> {
    const query = this.canteens
      .createQueryBuilder('canteen')
      .where('canteen.region_code LIKE :scopePattern', { scopePattern: search.scopePattern });
    if (search.regionPattern) query.andWhere('canteen.region_code LIKE :regionPattern', search);
    if (search.status) query.andWhere('canteen.status = :status', search);
    if (search.onlyId) query.andWhere('canteen.id = :onlyId', search);
    if (search.text) {
      query.andWhere('(canteen.name LIKE :text OR canteen.code LIKE :text OR canteen.address LIKE :text)', {
        text: `%${search.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
      });
    }
    const [rows, total] = await query
      .orderBy('canteen.code', 'ASC')
      .skip(search.offset)
      .take(search.limit)
      .getManyAndCount();
    return { rows, total };
  }
}
