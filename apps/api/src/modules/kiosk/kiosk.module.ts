import { Module } from '@nestjs/common';
import { CanteensModule } from '../canteens/canteens.module.js';
import { EldersModule } from '../elders/elders.module.js';
import { MenusModule } from '../menus/menus.module.js';
import { OrdersModule } from '../orders/orders.module.js';
import { SubsidiesModule } from '../subsidies/subsidies.module.js';
import { KioskController } from './kiosk.controller.js';
import { KioskService } from './kiosk.service.js';

@Module({
  imports: [CanteensModule, MenusModule, EldersModule, SubsidiesModule, OrdersModule],
  controllers: [KioskController],
  providers: [KioskService],
})
export class KioskModule {}
