import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { APPROVAL_SUBJECTS, ELDER_APPROVER_ROLES, ELDER_READER_ROLES, Role } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import type { Page } from '../../common/pagination.js';
import {
  ApprovalItemDto,
  ApprovalPageDto,
  ApprovalPathDto,
  EligibilitySettingDto,
  ListApprovalsQueryDto,
  PutEligibilitySettingDto,
  RejectProposalDto,
} from './dto/approval.dto.js';
import { ElderProposalsService } from './elder-proposals.service.js';
import { EligibilitySettingsService } from './eligibility-settings.service.js';

@ApiTags('elders')
@ApiBearerAuth()
@Controller('v1/approvals')
export class ApprovalsController {
  constructor(private readonly proposals: ElderProposalsService) {}

  @Get()
  @Roles(...ELDER_APPROVER_ROLES, Role.AUDITOR)
  @ApiOperation({ summary: 'Proposals waiting for (or given) a decision, in your scope', operationId: 'listApprovals' })
  @ApiOkResponse({ type: ApprovalPageDto })
  listApprovals(@CurrentStaff() actor: StaffActor, @Query() query: ListApprovalsQueryDto): Promise<Page<ApprovalItemDto>> {
    return this.proposals.list(actor, query);
  }

  @Post(':subject/:id/approve')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_APPROVER_ROLES)
  @ApiParam({ name: 'subject', enum: APPROVAL_SUBJECTS, enumName: 'ApprovalSubject' })
  @ApiOperation({ summary: 'Approve a proposal (not your own)', operationId: 'approveProposal' })
  @ApiOkResponse({ type: ApprovalItemDto })
  approveProposal(@CurrentStaff() actor: StaffActor, @Param() path: ApprovalPathDto): Promise<ApprovalItemDto> {
    return this.proposals.approve(actor, path.subject, path.id);
  }

  @Post(':subject/:id/reject')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_APPROVER_ROLES)
  @ApiParam({ name: 'subject', enum: APPROVAL_SUBJECTS, enumName: 'ApprovalSubject' })
  @ApiOperation({ summary: 'Reject a proposal with a reason', operationId: 'rejectProposal' })
  @ApiOkResponse({ type: ApprovalItemDto })
  rejectProposal(
    @CurrentStaff() actor: StaffActor,
    @Param() path: ApprovalPathDto,
    @Body() dto: RejectProposalDto,
  ): Promise<ApprovalItemDto> {
    return this.proposals.reject(actor, path.subject, path.id, dto.reason);
  }
}

@ApiTags('elders')
@ApiBearerAuth()
@Controller('v1/eligibility-settings')
export class EligibilitySettingsController {
  constructor(private readonly settings: EligibilitySettingsService) {}

  @Get(':regionCode')
  @Roles(...ELDER_READER_ROLES)
  @ApiOperation({ summary: "A district's re-verification interval", operationId: 'getEligibilitySetting' })
  @ApiOkResponse({ type: EligibilitySettingDto })
  getEligibilitySetting(@CurrentStaff() actor: StaffActor, @Param('regionCode') regionCode: string) {
    return this.settings.get(actor, regionCode);
  }

  @Put(':regionCode')
  @Roles(Role.SYSTEM_ADMIN, Role.CITY_OFFICIAL, Role.DISTRICT_OFFICIAL)
  @ApiOperation({ summary: "Set a district's re-verification interval", operationId: 'putEligibilitySetting' })
  @ApiOkResponse({ type: EligibilitySettingDto })
  putEligibilitySetting(
    @CurrentStaff() actor: StaffActor,
    @Param('regionCode') regionCode: string,
    @Body() dto: PutEligibilitySettingDto,
  ): Promise<EligibilitySettingDto> {
    return this.settings.put(actor, regionCode, dto.reviewIntervalMonths);
  }
}
