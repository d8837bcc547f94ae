import { Body, Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { DeviceActor } from '../../common/auth/actor.js';
import { CurrentDevice, DeviceAuth } from '../../common/auth/auth.decorators.js';
import { parseId } from '../../common/parse-id.pipe.js';
import { KioskDeviceInfoDto, KioskMenuDto } from './dto/kiosk.dto.js';
import { SubsidyBasisDto, SubsidyBasisQueryDto } from './dto/subsidy-basis.dto.js';
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

  @Get('elders/:elderId/subsidy-basis')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "What the subsidy preview needs besides the cart: the policy in force, the elder's facts on the date, usage so far",
    description:
      'For an identified elder whom this kiosk’s district looks after (常住 or 户籍). A preview only: POST /orders/quote decides. ' +
      '404 ELDER_NOT_FOUND; 403 OUT_OF_SCOPE, ELDER_SUSPENDED, ELDER_DECEASED, ELDER_MOVED_OUT.',
    operationId: 'getKioskSubsidyBasis',
  })
  @ApiParam({ name: 'elderId', format: 'uuid', description: 'From POST /kiosk/identify' })
  @ApiOkResponse({ type: SubsidyBasisDto })
  getSubsidyBasis(
    @CurrentDevice() device: DeviceActor,
    @Param('elderId', parseId('elderId')) elderId: string,
    @Query() query: SubsidyBasisQueryDto,
  ): Promise<SubsidyBasisDto> {
    return this.service.subsidyBasis(device, elderId, query);
  }
}
