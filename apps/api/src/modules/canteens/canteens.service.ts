import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CANTEEN_ROLES, DEFAULT_TIME_ZONE, ErrorCode, RegionLevel, type SlotWindow } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { assertRegionInScope, regionScopePattern } from '../../common/auth/region-scope.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { type Page, pageOffset } from '../../common/pagination.js';
import { RegionsRepository } from '../regions/regions.repository.js';
import { CanteenAccessService } from './canteen-access.service.js';
import { CanteenEntity } from './canteen.entity.js';
import { toCanteenDto } from './canteen.mapper.js';
import { CanteensRepository } from './canteens.repository.js';
import type { CanteenDto } from './dto/canteen.dto.js';
import type { CreateCanteenDto, ListCanteensQueryDto, UpdateCanteenDto } from './dto/canteen-input.dto.js';

/** Windows must run forwards and name each slot once. */
function assertValidSlots(slots: readonly SlotWindow[]): void {
  slots.forEach((window, index) => {
    if (window.start >= window.end) {
      throw DomainException.invalidField(`slots.${index}.end`, 'afterStart', 'A slot must end after it starts');
    }
  });
  if (new Set(slots.map((window) => window.slot)).size !== slots.length) {
    throw DomainException.invalidField('slots', 'uniqueSlots', 'Each meal slot may appear once');
  }
}

@Injectable()
export class CanteensService {
  constructor(
    private readonly canteens: CanteensRepository,
    private readonly regions: RegionsRepository,
    private readonly access: CanteenAccessService,
  ) {}

  async list(actor: StaffActor, query: ListCanteensQueryDto): Promise<Page<CanteenDto>> {
    if (query.regionCode) assertRegionInScope(actor, query.regionCode, 'This region');
    const ownCanteenOnly = CANTEEN_ROLES.includes(actor.role);
    const { rows, total } = await this.canteens.searchInScope({
      scopePattern: regionScopePattern(actor),
      regionPattern: query.regionCode ? `${query.regionCode}%` : undefined,
      status: query.status,
      text: query.q?.trim() || undefined,
      // a manager without a canteen sees none: '' matches no id
      onlyId: ownCanteenOnly ? (actor.canteenId ?? '') : undefined,
      offset: pageOffset(query),
      limit: query.pageSize,
    });
    const names = await this.regions.namesByCode(rows.map((row) => row.regionCode));
    return {
      items: rows.map((row) => toCanteenDto(row, names.get(row.regionCode) ?? '')),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(actor: StaffActor, id: string): Promise<CanteenDto> {
    return this.toDto(await this.access.getReadable(actor, id));
  }

  async create(actor: StaffActor, dto: CreateCanteenDto): Promise<CanteenDto> {
    await this.assertCommunityInScope(actor, dto.regionCode);
    assertValidSlots(dto.slots);
    if (await this.canteens.existsWithCode(dto.code)) {
      throw DomainException.conflict(ErrorCode.CANTEEN_CODE_TAKEN, 'A canteen with this code exists');
    }
    const canteen = Object.assign(new CanteenEntity(), {
      ...dto,
      id: randomUUID(),
      openedOn: dto.openedOn ?? null,
      timeZone: dto.timeZone ?? DEFAULT_TIME_ZONE,
    });
    return this.toDto(await this.canteens.save(canteen));
  }

  async update(actor: StaffActor, id: string, dto: UpdateCanteenDto): Promise<CanteenDto> {
    const canteen = await this.access.getManageable(actor, id);
    if (dto.regionCode !== undefined && dto.regionCode !== canteen.regionCode) {
      await this.assertCommunityInScope(actor, dto.regionCode);
    }
    if (dto.slots) assertValidSlots(dto.slots);
    if (dto.code !== undefined && dto.code !== canteen.code && (await this.canteens.existsWithCode(dto.code))) {
      throw DomainException.conflict(ErrorCode.CANTEEN_CODE_TAKEN, 'A canteen with this code exists');
    }
    Object.assign(canteen, dto);
    return this.toDto(await this.canteens.save(canteen));
  }

  private async assertCommunityInScope(actor: StaffActor, regionCode: string): Promise<void> {
    assertRegionInScope(actor, regionCode, 'This community');
    const region = await this.regions.findByCode(regionCode);
    if (!region || region.level !== RegionLevel.COMMUNITY) {
      throw DomainException.invalidField('regionCode', 'knownCommunity', 'Not a known community code');
    }
  }

  private async toDto(canteen: CanteenEntity): Promise<CanteenDto> {
    const names = await this.regions.namesByCode([canteen.regionCode]);
    return toCanteenDto(canteen, names.get(canteen.regionCode) ?? '');
  }
}
