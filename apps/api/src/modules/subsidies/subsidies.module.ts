import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module.js';
import { PolicySimulationRepository } from './policy-simulation.repository.js';
import { PolicySimulationService } from './policy-simulation.service.js';
import { SubsidyBudgetsController } from './subsidy-budgets.controller.js';
import { SubsidyBudgetsRepository } from './subsidy-budgets.repository.js';
import { SubsidyBudgetsService } from './subsidy-budgets.service.js';
import { SubsidyPoliciesController } from './subsidy-policies.controller.js';
import { SubsidyPoliciesRepository } from './subsidy-policies.repository.js';
import { SubsidyPoliciesService } from './subsidy-policies.service.js';

@Module({
  imports: [RegionsModule],
  controllers: [SubsidyPoliciesController, SubsidyBudgetsController],
  providers: [
    SubsidyPoliciesRepository,
    SubsidyPoliciesService,
    SubsidyBudgetsRepository,
    SubsidyBudgetsService,
    PolicySimulationRepository,
    PolicySimulationService,
  ],
  exports: [SubsidyPoliciesRepository, SubsidyBudgetsRepository],
})
export class SubsidiesModule {}
