import { ApiProperty } from '@nestjs/swagger';
import { MEAL_SLOTS, type MealSlot, TIME_OF_DAY_PATTERN } from '@canteen/shared';
import { IsIn, Matches } from 'class-validator';

export class SlotWindowDto {
  @ApiProperty({ enum: MEAL_SLOTS, enumName: 'MealSlot' })
  @IsIn(MEAL_SLOTS)
  slot: MealSlot;

  @ApiProperty({ example: '11:00', description: 'Local time HH:MM, inclusive' })
  @Matches(TIME_OF_DAY_PATTERN)
  start: string;

  @ApiProperty({ example: '13:30', description: 'Local time HH:MM, exclusive' })
  @Matches(TIME_OF_DAY_PATTERN)
  end: string;
}
