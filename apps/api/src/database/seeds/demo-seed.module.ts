import { Module } from '@nestjs/common';
import { AuthModule } from '../../modules/auth/auth.module.js';
import { EldersModule } from '../../modules/elders/elders.module.js';
import { MenusModule } from '../../modules/menus/menus.module.js';
import { DemoElderSeeder } from './demo-elder-seeder.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [AuthModule, MenusModule, EldersModule],
  providers: [DemoSeedService, DemoElderSeeder],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
