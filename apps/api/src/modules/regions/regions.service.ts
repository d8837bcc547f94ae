import { Injectable } from '@nestjs/common';
import type { StaffActor } from '../../common/auth/actor.js';
import { regionScopePattern } from '../../common/auth/region-scope.js';
import { type RegionDto, toRegionDto } from './region.dto.js';
import { RegionsRepository } from './regions.repository.js';

@Injectable()
export class RegionsService {
  constructor(private readonly regions: RegionsRepository) {}

  async listInScope(actor: StaffActor): Promise<RegionDto[]> {
    const regions = await this.regions.findWithinScope(regionScopePattern(actor));
    return regions.map(toRegionDto);
  }
}
