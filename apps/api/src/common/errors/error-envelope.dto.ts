import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ErrorCode } from '@canteen/shared';

export class FieldErrorDto {
  @ApiProperty({ example: 'items.0.priceFen', description: 'Dotted path of the invalid field' })
  field: string;

  @ApiProperty({ example: 'min', description: 'Which rule it broke' })
  constraint: string;
}

/** The body of every error answer; the apps translate `errors.<code>` and never show `message`. */
export class ErrorEnvelopeDto {
  @ApiProperty({ enum: Object.values(ErrorCode), enumName: 'ErrorCode' })
  code: ErrorCode;

  @ApiProperty({ description: 'For developers and logs; not for display' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  details?: FieldErrorDto[];
}
