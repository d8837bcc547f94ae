import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ELDER_APPROVER_ROLES,
  ELDER_IDENTITY_READER_ROLES,
  ELDER_READER_ROLES,
  ELDER_REGISTRAR_ROLES,
} from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import type { Page } from '../../common/pagination.js';
import { parseId } from '../../common/parse-id.pipe.js';
import { ElderImportBatchDto, ElderImportReportDto } from './dto/elder-import.dto.js';
import {
  AssessmentDto,
  AuditEntryDto,
  ElderCardDto,
  ElderCategoryDto,
  ElderDetailDto,
  ElderIdentityDto,
  ElderPageDto,
  ElderStatsDto,
  ElderSummaryDto,
} from './dto/elder.dto.js';
import {
  ChangeElderStatusDto,
  ElderStatsQueryDto,
  ListEldersQueryDto,
  ProposeAssessmentDto,
  ProposeCategoryDto,
  RegisterElderDto,
  ReplaceCardDto,
  UpdateElderDto,
  VerifyElderDto,
} from './dto/elder-input.dto.js';
import { ElderCardsService } from './elder-cards.service.js';
import { ElderImportService } from './elder-import.service.js';
import { ElderProposalsService } from './elder-proposals.service.js';
import { EldersService } from './elders.service.js';

@ApiTags('elders')
@ApiBearerAuth()
@Roles(...ELDER_READER_ROLES)
@Controller('v1/elders')
export class EldersController {
  constructor(
    private readonly elders: EldersService,
    private readonly proposals: ElderProposalsService,
    private readonly cards: ElderCardsService,
    private readonly importer: ElderImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Elders in your scope, filtered', operationId: 'listElders' })
  @ApiOkResponse({ type: ElderPageDto })
  listElders(@CurrentStaff() actor: StaffActor, @Query() query: ListEldersQueryDto): Promise<Page<ElderSummaryDto>> {
    return this.elders.list(actor, query);
  }

  @Get('stats')
  @ApiOperation({ summary: 'Counts of active elders by category, age band and sub-region', operationId: 'getElderStats' })
  @ApiOkResponse({ type: ElderStatsDto })
  getElderStats(@CurrentStaff() actor: StaffActor, @Query() query: ElderStatsQueryDto): Promise<ElderStatsDto> {
    return this.elders.stats(actor, query.regionCode);
  }

  @Post('import/validate')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Dry run of an import batch: every row checked, nothing written', operationId: 'validateElderImport' })
  @ApiOkResponse({ type: ElderImportReportDto })
  validateElderImport(@CurrentStaff() actor: StaffActor, @Body() dto: ElderImportBatchDto): Promise<ElderImportReportDto> {
    return this.importer.validate(actor, dto.rows);
  }

  @Post('import/commit')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Import a batch: valid rows written, the rest reported', operationId: 'commitElderImport' })
  @ApiOkResponse({ type: ElderImportReportDto })
  commitElderImport(@CurrentStaff() actor: StaffActor, @Body() dto: ElderImportBatchDto): Promise<ElderImportReportDto> {
    return this.importer.commit(actor, dto.rows);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One elder, with categories, assessments and cards', operationId: 'getElder' })
  @ApiOkResponse({ type: ElderDetailDto })
  getElder(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<ElderDetailDto> {
    return this.elders.get(actor, id);
  }

  @Post()
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Register an elder (a card is issued at once)', operationId: 'registerElder' })
  @ApiCreatedResponse({ type: ElderDetailDto })
  registerElder(@CurrentStaff() actor: StaffActor, @Body() dto: RegisterElderDto): Promise<ElderDetailDto> {
    return this.elders.register(actor, dto);
  }

  @Patch(':id')
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Change contact, address, dietary needs or photo', operationId: 'updateElder' })
  @ApiOkResponse({ type: ElderDetailDto })
  updateElder(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: UpdateElderDto,
  ): Promise<ElderDetailDto> {
    return this.elders.update(actor, id, dto);
  }

  @Post(':id/status')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Suspend, reinstate, moved out, or deceased (stops everything at once)', operationId: 'changeElderStatus' })
  @ApiOkResponse({ type: ElderDetailDto })
  changeElderStatus(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: ChangeElderStatusDto,
  ): Promise<ElderDetailDto> {
    return this.elders.changeStatus(actor, id, dto);
  }

  @Post(':id/verify')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_APPROVER_ROLES)
  @ApiOperation({ summary: 'Confirm eligibility again (periodic re-verification)', operationId: 'verifyElder' })
  @ApiOkResponse({ type: ElderDetailDto })
  verifyElder(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: VerifyElderDto,
  ): Promise<ElderDetailDto> {
    return this.elders.verify(actor, id, dto.note);
  }

  @Get(':id/identity')
  @Roles(...ELDER_IDENTITY_READER_ROLES)
  @ApiOperation({ summary: 'Full ID number and phone; the read is audit-logged', operationId: 'getElderIdentity' })
  @ApiOkResponse({ type: ElderIdentityDto })
  getElderIdentity(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<ElderIdentityDto> {
    return this.elders.identity(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Audit history of this elder, newest first', operationId: 'getElderHistory' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  getElderHistory(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<AuditEntryDto[]> {
    return this.elders.history(actor, id);
  }

  @Post(':id/categories')
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Propose a category (takes effect when approved)', operationId: 'proposeElderCategory' })
  @ApiCreatedResponse({ type: ElderCategoryDto })
  proposeElderCategory(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: ProposeCategoryDto,
  ): Promise<ElderCategoryDto> {
    return this.proposals.proposeCategory(actor, id, dto);
  }

  @Post(':id/assessments')
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Record a capability assessment (takes effect when approved)', operationId: 'proposeElderAssessment' })
  @ApiCreatedResponse({ type: AssessmentDto })
  proposeElderAssessment(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: ProposeAssessmentDto,
  ): Promise<AssessmentDto> {
    return this.proposals.proposeAssessment(actor, id, dto);
  }

  @Post(':id/cards/replace')
  @HttpCode(HttpStatus.OK)
  @Roles(...ELDER_REGISTRAR_ROLES)
  @ApiOperation({ summary: 'Block the current card (lost, damaged) and issue a new one', operationId: 'replaceElderCard' })
  @ApiOkResponse({ type: ElderCardDto })
  replaceElderCard(
    @CurrentStaff() actor: StaffActor,
    @Param('id', parseId('id')) id: string,
    @Body() dto: ReplaceCardDto,
  ): Promise<ElderCardDto> {
    return this.cards.replace(actor, id, dto.reason);
  }
}
