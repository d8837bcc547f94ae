import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { AuditChainEntity, AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { CanteenEntity } from '../modules/canteens/canteen.entity.js';
import {
  ElderAssessmentEntity,
  ElderCardEntity,
  ElderCategoryEntity,
  EligibilitySettingEntity,
} from '../modules/elders/elder-records.entity.js';
import { ElderEntity } from '../modules/elders/elder.entity.js';
import { KioskDeviceEntity } from '../modules/kiosk-devices/kiosk-device.entity.js';
import { DailyMenuItemEntity } from '../modules/menus/daily-menu-item.entity.js';
import { DailyMenuEntity } from '../modules/menus/daily-menu.entity.js';
import { DishEntity } from '../modules/menus/dish.entity.js';
import {
  OrderEntity,
  OrderEventEntity,
  OrderLineEntity,
  SubsidyLedgerEntity,
} from '../modules/orders/order.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from '../modules/orders/usage.entity.js';
import { RateLimitBucketEntity } from '../modules/rate-limit/rate-limit-bucket.entity.js';
import { RegionEntity } from '../modules/regions/region.entity.js';
import { SubsidyBudgetEntity, SubsidyPolicyEntity } from '../modules/subsidies/subsidy-policy.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { CreateFoundation1764000000000 } from './migrations/1764000000000-CreateFoundation.js';
import { CreateEldersAndAudit1764100000000 } from './migrations/1764100000000-CreateEldersAndAudit.js';
import { CreatePoliciesAndOrders1764200000000 } from './migrations/1764200000000-CreatePoliciesAndOrders.js';
import { AddMillisecondsToOrderTimes1764300000000 } from './migrations/1764300000000-AddMillisecondsToOrderTimes.js';
import { PartitionAuditChains1764400000000 } from './migrations/1764400000000-PartitionAuditChains.js';

export const ENTITIES = [
  RegionEntity,
  UserEntity,
  CanteenEntity,
  DishEntity,
  DailyMenuEntity,
  DailyMenuItemEntity,
  KioskDeviceEntity,
  RateLimitBucketEntity,
  ElderEntity,
  ElderCategoryEntity,
  ElderAssessmentEntity,
  ElderCardEntity,
  EligibilitySettingEntity,
  AuditEntryEntity,
  AuditChainEntity,
  SubsidyPolicyEntity,
  SubsidyBudgetEntity,
  OrderEntity,
  OrderLineEntity,
  SubsidyLedgerEntity,
  OrderEventEntity,
  ElderUsageDayEntity,
  ElderUsageSlotEntity,
  ElderUsageMonthEntity,
  TicketCounterEntity,
];

export const MIGRATIONS = [
  CreateFoundation1764000000000,
  CreateEldersAndAudit1764100000000,
  CreatePoliciesAndOrders1764200000000,
  AddMillisecondsToOrderTimes1764300000000,
  PartitionAuditChains1764400000000,
];

/**
 * One description of the database for the app, the tests and the CLI. Schema changes only through
 * MIGRATIONS (synchronize is off); they run at start-up, the same way on SQLite and MySQL.
 */
export function buildDataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    synchronize: false,
    logging: ['error', 'warn'] as const,
  };
  if (config.database.kind === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: config.database.url,
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      logging: ['error', 'warn'],
    };
  }
  mkdirSync(path.dirname(config.database.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.database.file,
    // WAL lets readers go on while one writer commits; the timeout absorbs short write bursts.
    enableWAL: true,
    timeout: 5000,
    logging: ['error', 'warn'],
  };
}
