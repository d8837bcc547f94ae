import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { CanteensModule } from '../canteens/canteens.module.js';
import { EldersModule } from '../elders/elders.module.js';
import { MenusModule } from '../menus/menus.module.js';
import { SubsidiesModule } from '../subsidies/subsidies.module.js';
import { LedgerController } from './ledger.controller.js';
import { OrderContextService } from './order-context.service.js';
import { OrdersController } from './orders.controller.js';
import { OrdersRepository } from './orders.repository.js';
import { OrdersService } from './orders.service.js';
import { SubsidyChargeService } from './subsidy-charge.service.js';
import { UsageRepository } from './usage.repository.js';

@Module({
  imports: [AuditModule, CanteensModule, EldersModule, MenusModule, SubsidiesModule],
  controllers: [OrdersController, LedgerController],
  providers: [OrdersRepository, OrdersService, OrderContextService, SubsidyChargeService, UsageRepository],
  exports: [OrdersService, OrderContextService, UsageRepository],
})
export class OrdersModule {}
