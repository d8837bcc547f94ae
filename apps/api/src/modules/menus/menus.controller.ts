import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { MEAL_SLOTS } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff } from '../../common/auth/auth.decorators.js';
import { parseId } from '../../common/parse-id.pipe.js';
import {
  CopyDailyMenusDto,
  CopyDailyMenusResultDto,
  DailyMenuDto,
  DailyMenuPathDto,
  DailyMenuRangeQueryDto,
  PutDailyMenuDto,
} from './dto/daily-menu.dto.js';
import { CreateDishDto, DishDto, UpdateDishDto } from './dto/dish.dto.js';
import { MenusService } from './menus.service.js';

@ApiTags('menus')
@ApiBearerAuth()
@Controller('v1/canteens/:canteenId')
export class MenusController {
  constructor(private readonly service: MenusService) {}

  @Get('dishes')
  @ApiOperation({ summary: 'Dishes of a canteen', operationId: 'listDishes' })
  @ApiOkResponse({ type: [DishDto] })
  listDishes(@CurrentStaff() actor: StaffActor, @Param('canteenId', parseId('canteenId')) canteenId: string) {
    return this.service.listDishes(actor, canteenId);
  }

  @Post('dishes')
  @ApiOperation({ summary: 'Add a dish', operationId: 'createDish' })
  @ApiCreatedResponse({ type: DishDto })
  createDish(
    @CurrentStaff() actor: StaffActor,
    @Param('canteenId', parseId('canteenId')) canteenId: string,
    @Body() dto: CreateDishDto,
  ): Promise<DishDto> {
    return this.service.createDish(actor, canteenId, dto);
  }

  @Patch('dishes/:dishId')
  @ApiOperation({ summary: 'Change a dish', operationId: 'updateDish' })
  @ApiOkResponse({ type: DishDto })
  updateDish(
    @CurrentStaff() actor: StaffActor,
    @Param('canteenId', parseId('canteenId')) canteenId: string,
    @Param('dishId', parseId('dishId')) dishId: string,
    @Body() dto: UpdateDishDto,
  ): Promise<DishDto> {
    return this.service.updateDish(actor, canteenId, dishId, dto);
  }

  @Get('daily-menus')
  @ApiOperation({ summary: 'Daily menus between two dates (at most 62 days)', operationId: 'listDailyMenus' })
  @ApiOkResponse({ type: [DailyMenuDto] })
  listDailyMenus(
    @CurrentStaff() actor: StaffActor,
    @Param('canteenId', parseId('canteenId')) canteenId: string,
    @Query() query: DailyMenuRangeQueryDto,
  ): Promise<DailyMenuDto[]> {
    return this.service.listDailyMenus(actor, canteenId, query.from, query.to);
  }

  @Put('daily-menus/:serviceDate/:slot')
  @ApiParam({ name: 'serviceDate', example: '2026-11-23' })
  @ApiParam({ name: 'slot', enum: MEAL_SLOTS, enumName: 'MealSlot' })
  @ApiOperation({ summary: 'Set the menu of one date and slot', operationId: 'putDailyMenu' })
  @ApiOkResponse({ type: DailyMenuDto })
  putDailyMenu(
    @CurrentStaff() actor: StaffActor,
    @Param('canteenId', parseId('canteenId')) canteenId: string,
    @Param() path: DailyMenuPathDto,
    @Body() dto: PutDailyMenuDto,
  ): Promise<DailyMenuDto> {
    return this.service.putDailyMenu(actor, canteenId, path.serviceDate, path.slot, dto);
  }

  @Post('daily-menus/copy')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Copy a day's menus onto other days", operationId: 'copyDailyMenus' })
  @ApiOkResponse({ type: CopyDailyMenusResultDto })
  copyDailyMenus(
    @CurrentStaff() actor: StaffActor,
    @Param('canteenId', parseId('canteenId')) canteenId: string,
    @Body() dto: CopyDailyMenusDto,
  ): Promise<CopyDailyMenusResultDto> {
    return this.service.copyDay(actor, canteenId, dto);
  }
}
