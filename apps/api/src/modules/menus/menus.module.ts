import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CanteensModule } from '../canteens/canteens.module.js';
import { DailyMenuItemEntity } from './daily-menu-item.entity.js';
import { DailyMenuEntity } from './daily-menu.entity.js';
import { DishEntity } from './dish.entity.js';
import { MenusController } from './menus.controller.js';
import { MenusRepository } from './menus.repository.js';
import { MenusService } from './menus.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([DishEntity, DailyMenuEntity, DailyMenuItemEntity]), CanteensModule],
  controllers: [MenusController],
  providers: [MenusRepository, MenusService],
  exports: [MenusRepository],
})
export class MenusModule {}
