import { Module } from '@nestjs/common';
import { AuditModule } from '../../modules/audit/audit.module.js';
import { AuthModule } from '../../modules/auth/auth.module.js';
import { EldersModule } from '../../modules/elders/elders.module.js';
import { MenusModule } from '../../modules/menus/menus.module.js';
import { SubsidiesModule } from '../../modules/subsidies/subsidies.module.js';
import { DemoElderSeeder } from './demo-elder-seeder.js';
import { DemoOrderHistorySeeder } from './demo-order-history-seeder.js';
import { DemoPolicySeeder } from './demo-policy-seeder.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [AuditModule, AuthModule, MenusModule, EldersModule, SubsidiesModule],
  providers: [DemoSeedService, DemoElderSeeder, DemoPolicySeeder, DemoOrderHistorySeeder],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
