import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module.js';
import { CanteenAccessService } from './canteen-access.service.js';
import { CanteenEntity } from './canteen.entity.js';
import { CanteensController } from './canteens.controller.js';
import { CanteensRepository } from './canteens.repository.js';
import { CanteensService } from './canteens.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([CanteenEntity]), RegionsModule],
  controllers: [CanteensController],
  providers: [CanteensRepository, CanteensService, CanteenAccessService],
  exports: [CanteensRepository, CanteenAccessService],
})
export class CanteensModule {}
