import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CanteensModule } from '../canteens/canteens.module.js';
import { KioskDeviceEntity } from './kiosk-device.entity.js';
import { KioskDevicesController } from './kiosk-devices.controller.js';
import { KioskDevicesRepository } from './kiosk-devices.repository.js';
import { KioskDevicesService } from './kiosk-devices.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([KioskDeviceEntity]), CanteensModule],
  controllers: [KioskDevicesController],
  providers: [KioskDevicesRepository, KioskDevicesService],
  exports: [KioskDevicesService, KioskDevicesRepository],
})
export class KioskDevicesModule {}
