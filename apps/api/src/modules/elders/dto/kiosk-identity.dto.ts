import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class KioskIdentifyDto {
  @ApiProperty({ enum: ['CARD', 'ID_NUMBER'], description: 'CARD takes the card number or the QR payload' })
  @IsIn(['CARD', 'ID_NUMBER'])
  method: 'CARD' | 'ID_NUMBER';

  @ApiProperty({ example: '800000000018' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  value: string;
}

export class KioskEntitlementDto {
  @ApiProperty({ description: 'Whether orders today can carry a subsidy at all (the amount comes with the order)' })
  subsidyEligible: boolean;

  @ApiProperty({ description: 'Eligibility needs re-verifying at the service desk' })
  reviewLapsed: boolean;
}

/** What a kiosk may know of the person in front of it: no ID number, no category, no label. */
export class KioskIdentityDto {
  @ApiProperty({ format: 'uuid' })
  elderId: string;

  @ApiProperty({ example: '张*华' })
  maskedName: string;

  @ApiProperty({ type: String, nullable: true })
  photoUrl: string | null;

  @ApiProperty({ type: KioskEntitlementDto })
  entitlement: KioskEntitlementDto;
}
