import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CANTEEN_ADMIN_ROLES, Role } from '@canteen/shared';
import type { StaffActor } from '../../common/auth/actor.js';
import { CurrentStaff, Roles } from '../../common/auth/auth.decorators.js';
import { parseId } from '../../common/parse-id.pipe.js';
import {
  KioskDeviceDto,
  ListKioskDevicesQueryDto,
  RegisteredKioskDeviceDto,
  RegisterKioskDeviceDto,
} from './dto/kiosk-device.dto.js';
import { KioskDevicesService } from './kiosk-devices.service.js';

@ApiTags('kiosk-devices')
@ApiBearerAuth()
@Controller('v1/kiosk-devices')
export class KioskDevicesController {
  constructor(private readonly service: KioskDevicesService) {}

  @Get()
  @ApiOperation({ summary: "Kiosk devices of a canteen (default: your own canteen's)", operationId: 'listKioskDevices' })
  @ApiOkResponse({ type: [KioskDeviceDto] })
  listKioskDevices(@CurrentStaff() actor: StaffActor, @Query() query: ListKioskDevicesQueryDto) {
    return this.service.list(actor, query.canteenId);
  }

  @Post()
  @Roles(...CANTEEN_ADMIN_ROLES, Role.CANTEEN_MANAGER)
  @ApiOperation({ summary: 'Register a kiosk; the token is returned only now', operationId: 'registerKioskDevice' })
  @ApiCreatedResponse({ type: RegisteredKioskDeviceDto })
  registerKioskDevice(
    @CurrentStaff() actor: StaffActor,
    @Body() dto: RegisterKioskDeviceDto,
  ): Promise<RegisteredKioskDeviceDto> {
    return this.service.register(actor, dto);
  }

  @Post(':id/revoke')
  @HttpCode(HttpStatus.OK)
  @Roles(...CANTEEN_ADMIN_ROLES, Role.CANTEEN_MANAGER)
  @ApiOperation({ summary: 'Revoke a kiosk device; its token stops working at once', operationId: 'revokeKioskDevice' })
  @ApiOkResponse({ type: KioskDeviceDto })
  revokeKioskDevice(@CurrentStaff() actor: StaffActor, @Param('id', parseId('id')) id: string): Promise<KioskDeviceDto> {
    return this.service.revoke(actor, id);
  }
}
