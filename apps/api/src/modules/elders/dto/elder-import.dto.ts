import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

/**
 * One row of an officials' roll as the admin read it from the file. Fields are loose strings on purpose:
 * the import reports every problem per row instead of refusing the whole batch.
 */
export class ElderImportRowDto {
  @ApiProperty({ description: 'Row number in the file, for the report' })
  @IsInt()
  @Min(1)
  rowNumber: number;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty()
  @IsString()
  @MaxLength(64)
  idNumber: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  phone?: string;

  @ApiProperty({ description: '常住 community code' })
  @IsString()
  @MaxLength(64)
  residentRegionCode: string;

  @ApiProperty()
  @IsString()
  @MaxLength(500)
  address: string;

  @ApiPropertyOptional({ description: 'Category codes or Chinese names, separated by 、,;，' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  categories?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD; default today' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  categoryValidFrom?: string;
}

export class ElderImportBatchDto {
  @ApiProperty({ type: [ElderImportRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ElderImportRowDto)
  rows: ElderImportRowDto[];
}

export class ImportProblemDto {
  @ApiProperty({ example: 'idNumber' })
  field: string;

  @ApiProperty({ example: 'CHECKSUM' })
  reason: string;
}

export class ImportRowResultDto {
  @ApiProperty()
  rowNumber: number;

  @ApiProperty({ enum: ['VALID', 'CREATED', 'INVALID', 'DUPLICATE'] })
  outcome: 'VALID' | 'CREATED' | 'INVALID' | 'DUPLICATE';

  @ApiProperty({ type: [ImportProblemDto] })
  problems: ImportProblemDto[];
}

export class ElderImportReportDto {
  @ApiProperty({ description: 'Elders written (0 for a dry run)' })
  created: number;

  @ApiProperty({ type: [ImportRowResultDto] })
  rows: ImportRowResultDto[];
}
