import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DeviceActor } from '../../common/auth/actor.js';
import { CurrentDevice, DeviceAuth } from '../../common/auth/auth.decorators.js';
import { KioskDeviceInfoDto, KioskMenuDto } from './dto/kiosk.dto.js';
import { KioskIdentifyDto, KioskIdentityDto } from '../elders/dto/kiosk-identity.dto.js';
import { ElderIdentificationService } from '../elders/elder-identification.service.js';
import { KioskService } from './kiosk.service.js';

@ApiTags('kiosk')
@ApiHeader({ name: 'X-Device-Token', required: true, description: 'The token issued when the kiosk was registered' })
@DeviceAuth()
@Controller('v1/kiosk')
export class KioskController {
  constructor(
    private readonly service: KioskService,
    private readonly identification: ElderIdentificationService,
  ) {}

  @Get('device')
  @ApiOperation({ summary: 'Which device and canteen this token belongs to', operationId: 'getKioskDevice' })
  @ApiOkResponse({ type: KioskDeviceInfoDto })
  getKioskDevice(@CurrentDevice() device: DeviceActor): Promise<KioskDeviceInfoDto> {
    return this.service.describeDevice(device);
  }

  @Get('menu')
  @ApiOperation({ summary: "The current (or next) slot's menu of the kiosk's canteen", operationId: 'getKioskMenu' })
  @ApiOkResponse({ type: KioskMenuDto })
  getKioskMenu(@CurrentDevice() device: DeviceActor): Promise<KioskMenuDto> {
    return this.service.currentMenu(device);
  }

  @Post('identify')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Who is at the kiosk: elder card, QR payload or resident ID number', operationId: 'identifyElder' })
  @ApiOkResponse({ type: KioskIdentityDto })
  identifyElder(@CurrentDevice() device: DeviceActor, @Body() dto: KioskIdentifyDto): Promise<KioskIdentityDto> {
    return this.identification.identify(device, dto);
  }
}
