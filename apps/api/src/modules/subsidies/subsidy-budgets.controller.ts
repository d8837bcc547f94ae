import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import {
  ListSubsidyBudgetsQueryDto,
  PutSubsidyBudgetsDto,
  SubsidyBudgetDto,
  SubsidyBudgetPathDto,
} from './dto/subsidy-budget.dto.js';
import { SubsidyBudgetsService } from './subsidy-budgets.service.js';
import { POLICY_EDITOR_ROLES, POLICY_READER_ROLES } from './subsidy-roles.js';

@ApiTags('subsidies')
@ApiBearerAuth()
@Roles(...POLICY_READER_ROLES)
@Controller('v1/subsidy-budgets')
export class SubsidyBudgetsController {
  constructor(private readonly budgets: SubsidyBudgetsService) {}

  @Get()
  @ApiOperation({
    summary: 'Budget lines of a month (default: this month) in your scope, with how much is used',
    operationId: 'listSubsidyBudgets',
  })
  @ApiOkResponse({ type: [SubsidyBudgetDto] })
  listSubsidyBudgets(@CurrentStaff() actor: StaffActor, @Query() query: ListSubsidyBudgetsQueryDto): Promise<SubsidyBudgetDto[]> {
    return this.budgets.list(actor, query);
  }

  @Put(':regionCode/:month')
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({
    summary: "Set a district's budget lines for a month (spending so far is kept)",
    operationId: 'putSubsidyBudgets',
  })
  @ApiOkResponse({ type: [SubsidyBudgetDto] })
  putSubsidyBudgets(
    @CurrentStaff() actor: StaffActor,
    @Param() path: SubsidyBudgetPathDto,
    @Body() dto: PutSubsidyBudgetsDto,
  ): Promise<SubsidyBudgetDto[]> {
    return this.budgets.put(actor, path.regionCode, path.month, dto);
  }
}
