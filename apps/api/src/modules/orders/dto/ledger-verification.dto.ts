import { ApiProperty } from '@nestjs/swagger';

export class LedgerMismatchDto {
  @ApiProperty({ format: 'uuid' })
  orderId: string;

  @ApiProperty()
  status: string;

  @ApiProperty({ description: "The order's subsidy while it stands, 0 once cancelled" })
  expectedFen: number;

  @ApiProperty({ description: 'Its ledger rows added up' })
  ledgerFen: number;
}

export class UsageMismatchDto {
  @ApiProperty({ format: 'uuid' })
  elderId: string;

  @ApiProperty({ example: '2026-11' })
  month: string;

  @ApiProperty()
  counterFen: number;

  @ApiProperty()
  ordersFen: number;
}

export class LedgerVerificationDto {
  @ApiProperty({ description: 'true when the ledger equals the orders and every usage counter its orders' })
  ok: boolean;

  @ApiProperty()
  ordersChecked: number;

  @ApiProperty()
  ledgerRows: number;

  @ApiProperty()
  ordersSubsidyFen: number;

  @ApiProperty()
  ledgerFen: number;

  @ApiProperty({ type: [LedgerMismatchDto] })
  orderMismatches: LedgerMismatchDto[];

  @ApiProperty({ type: [UsageMismatchDto] })
  usageMismatches: UsageMismatchDto[];
}
