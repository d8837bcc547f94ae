import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import { parseId } from '../../common/parse-id.pipe.js';
import { POLICY_BENEFIT_MODELS } from './dto/policy-document.dto.js';
import {
  ApproveSubsidyPolicyDto,
  CreateSubsidyPolicyDto,
  ListSubsidyPoliciesQueryDto,
  PolicySimulationDto,
  RejectSubsidyPolicyDto,
  SimulatePolicyDto,
  SubsidyPolicyDto,
  UpdateSubsidyPolicyDto,
} from './dto/subsidy-policy.dto.js';
import { PolicySimulationService } from './policy-simulation.service.js';
import { SubsidyPoliciesService } from './subsidy-policies.service.js';
import { POLICY_EDITOR_ROLES, POLICY_READER_ROLES } from './subsidy-roles.js';

@ApiTags('subsidies')
@ApiBearerAuth()
@ApiExtraModels(...POLICY_BENEFIT_MODELS)
@Roles(...POLICY_READER_ROLES)
@Controller('v1/subsidy-policies')
export class SubsidyPoliciesController {
  constructor(
    private readonly policies: SubsidyPoliciesService,
    private readonly simulation: PolicySimulationService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Policy versions of the districts in your scope, newest first', operationId: 'listSubsidyPolicies' })
  @ApiOkResponse({ type: [SubsidyPolicyDto] })
  listSubsidyPolicies(
    @CurrentStaff() actor: StaffActor,
    @Query() query: ListSubsidyPoliciesQueryDto,
  ): Promise<SubsidyPolicyDto[]> {
    return this.policies.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One policy version', operationId: 'getSubsidyPolicy' })
  @ApiOkResponse({ type: SubsidyPolicyDto })
  getSubsidyPolicy(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<SubsidyPolicyDto> {
    return this.policies.get(actor, id);
  }

  @Post()
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({ summary: 'Draft a new version for a district (version = latest + 1)', operationId: 'createSubsidyPolicy' })
  @ApiCreatedResponse({ type: SubsidyPolicyDto })
  createSubsidyPolicy(@CurrentStaff() actor: StaffActor, @Body() dto: CreateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
    return this.policies.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({ summary: 'Change a draft (409 POLICY_NOT_DRAFT otherwise)', operationId: 'updateSubsidyPolicy' })
  @ApiOkResponse({ type: SubsidyPolicyDto })
  updateSubsidyPolicy(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: UpdateSubsidyPolicyDto,
  ): Promise<SubsidyPolicyDto> {
    return this.policies.update(actor, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({ summary: 'Submit a draft for approval (effectiveFrom not before today)', operationId: 'submitSubsidyPolicy' })
  @ApiOkResponse({ type: SubsidyPolicyDto })
  submitSubsidyPolicy(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<SubsidyPolicyDto> {
    return this.policies.submit(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(HttpStatus.OK)
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({
    summary: 'Activate a submitted version; not by its author or submitter (403 POLICY_OWN_SUBMISSION)',
    operationId: 'approveSubsidyPolicy',
  })
  @ApiOkResponse({ type: SubsidyPolicyDto })
  approveSubsidyPolicy(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: ApproveSubsidyPolicyDto,
  ): Promise<SubsidyPolicyDto> {
    return this.policies.approve(actor, id, dto.note);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({ summary: 'Reject (or withdraw) a submitted version, with a note', operationId: 'rejectSubsidyPolicy' })
  @ApiOkResponse({ type: SubsidyPolicyDto })
  rejectSubsidyPolicy(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: RejectSubsidyPolicyDto,
  ): Promise<SubsidyPolicyDto> {
    return this.policies.reject(actor, id, dto.note);
  }

  @Post(':id/simulate')
  @HttpCode(HttpStatus.OK)
  @Roles(...POLICY_EDITOR_ROLES)
  @ApiOperation({
    summary: "Run this version over the district's real orders of a period and compare with what was granted",
    operationId: 'simulateSubsidyPolicy',
  })
  @ApiOkResponse({ type: PolicySimulationDto })
  simulateSubsidyPolicy(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: SimulatePolicyDto,
  ): Promise<PolicySimulationDto> {
    return this.simulation.simulate(actor, id, dto);
  }
}
