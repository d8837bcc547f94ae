import { Controller, Get } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import { LedgerVerificationDto } from './dto/ledger-verification.dto.js';
import { verifyLedger } from './ledger-verifier.js';
import { LEDGER_VERIFIER_ROLES } from './order-roles.js';

@ApiTags('orders')
@ApiBearerAuth()
@Roles(...LEDGER_VERIFIER_ROLES)
@Controller('v1/subsidy-ledger')
export class LedgerController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Check that the ledger equals the orders and the usage counters, for the orders and elders in your scope',
    operationId: 'verifySubsidyLedger',
  })
  @ApiOkResponse({ type: LedgerVerificationDto })
  verifySubsidyLedger(@CurrentStaff() actor: StaffActor): Promise<LedgerVerificationDto> {
    return verifyLedger(this.dataSource, actor.regionCode);
  }
}
