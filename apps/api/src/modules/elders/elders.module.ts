import { Module } from '@nestjs/common';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { ApprovalsController, EligibilitySettingsController } from './approvals.controller.js';
import { ElderCardsService } from './elder-cards.service.js';
import { ElderIdentificationService } from './elder-identification.service.js';
import { ElderImportService } from './elder-import.service.js';
import { ElderProposalsService } from './elder-proposals.service.js';
import { EldersController } from './elders.controller.js';
import { EldersRepository } from './elders.repository.js';
import { EldersService } from './elders.service.js';
import { EligibilitySettingsService } from './eligibility-settings.service.js';

@Module({
  imports: [RegionsModule, RateLimitModule],
  controllers: [EldersController, ApprovalsController, EligibilitySettingsController],
  providers: [
    EldersRepository,
    EldersService,
    ElderProposalsService,
    ElderCardsService,
    ElderImportService,
    EligibilitySettingsService,
    ElderIdentificationService,
  ],
  exports: [ElderIdentificationService, EldersService, ElderImportService, EldersRepository],
})
export class EldersModule {}
