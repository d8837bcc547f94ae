import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CANTEEN_ADMIN_ROLES, Role } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import type { Page } from '../../common/pagination.js';
import { parseId } from '../../common/parse-id.pipe.js';
import { CanteensService } from './canteens.service.js';
import { CanteenDto, CanteenPageDto } from './dto/canteen.dto.js';
import { CreateCanteenDto, ListCanteensQueryDto, UpdateCanteenDto } from './dto/canteen-input.dto.js';

@ApiTags('canteens')
@ApiBearerAuth()
@Controller('v1/canteens')
export class CanteensController {
  constructor(private readonly service: CanteensService) {}

  @Get()
  @ApiOperation({ summary: 'Canteens in your scope', operationId: 'listCanteens' })
  @ApiOkResponse({ type: CanteenPageDto })
  listCanteens(@CurrentStaff() actor: StaffActor, @Query() query: ListCanteensQueryDto): Promise<Page<CanteenDto>> {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One canteen', operationId: 'getCanteen' })
  @ApiOkResponse({ type: CanteenDto })
  getCanteen(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<CanteenDto> {
    return this.service.get(actor, id);
  }

  @Post()
  @Roles(...CANTEEN_ADMIN_ROLES)
  @ApiOperation({ summary: 'Register a canteen', operationId: 'createCanteen' })
  @ApiCreatedResponse({ type: CanteenDto })
  createCanteen(@CurrentStaff() actor: StaffActor, @Body() dto: CreateCanteenDto): Promise<CanteenDto> {
    return this.service.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...CANTEEN_ADMIN_ROLES, Role.CANTEEN_MANAGER)
  @ApiOperation({ summary: 'Change a canteen record', operationId: 'updateCanteen' })
  @ApiOkResponse({ type: CanteenDto })
  updateCanteen(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: UpdateCanteenDto,
  ): Promise<CanteenDto> {
    return this.service.update(actor, id, dto);
  }
}
