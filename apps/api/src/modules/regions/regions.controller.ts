import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff } from '../../common/auth/auth.decorators.js';
import { RegionDto } from './region.dto.js';
import { RegionsService } from './regions.service.js';

@ApiTags('regions')
@ApiBearerAuth()
@Controller('v1/regions')
export class RegionsController {
  constructor(private readonly service: RegionsService) {}

  @Get()
  @ApiOperation({ summary: 'Every region inside your scope, sorted by code', operationId: 'listRegions' })
  @ApiOkResponse({ type: [RegionDto] })
  listRegions(@CurrentStaff() actor: StaffActor): Promise<RegionDto[]> {
    return this.service.listInScope(actor);
  }
}
