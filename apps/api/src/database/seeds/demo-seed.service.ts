import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { addDays, DEFAULT_TIME_ZONE, localDateTime, RegionLevel } from '@canteen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { PasswordHasher } from '../../modules/auth/password-hasher.js';
import { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import { hashDeviceToken, newDeviceToken } from '../../modules/kiosk-devices/device-token.js';
import { KioskDeviceEntity } from '../../modules/kiosk-devices/kiosk-device.entity.js';
import { DailyMenuEntity } from '../../modules/menus/daily-menu.entity.js';
import { DishEntity } from '../../modules/menus/dish.entity.js';
import { MenusRepository } from '../../modules/menus/menus.repository.js';
import { RegionEntity } from '../../modules/regions/region.entity.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { type DemoElderCard, DemoElderSeeder } from './demo-elder-seeder.js';
import { DemoOrderHistorySeeder } from './demo-order-history-seeder.js';
import { DemoPolicySeeder } from './demo-policy-seeder.js';
import {
  DEMO_CANTEEN_STAFF,
  DEMO_CANTEENS,
  DEMO_COMMUNITY_SUFFIXES,
  DEMO_DISHES,
  DEMO_KIOSK_CANTEEN_CODE,
  DEMO_KIOSK_DEVICE_NAME,
  DEMO_MENU_DAYS_AHEAD,
  DEMO_PASSWORD,
  DEMO_STREETS,
  DEMO_UPPER_REGIONS,
  DEMO_USERS,
} from './demo-data.js';

export interface DemoSeedResult {
  kioskToken: string;
  kioskCanteenName: string;
  elderCards: DemoElderCard[];
}

export const DEMO_KIOSK_TOKEN_FILE = 'demo-kiosk-token.txt';

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'STREET', 12: 'COMMUNITY' };

function parentOf(code: string): string | null {
  return { 2: null, 4: code.slice(0, 2), 6: code.slice(0, 4), 9: code.slice(0, 6), 12: code.slice(0, 9) }[code.length] ?? null;
}

/**
 * The demo data set: idempotent, so it runs at every start of the embedded default. Existing rows are left
 * as they are (a demo user who changed something keeps it); what is missing is added, and menus are
 * topped up to two weeks ahead so the kiosk always has something to show. On the first start it also
 * activates an example policy per demo district and writes a month of past orders (DemoOrderHistorySeeder),
 * so budgets, the simulator and reports have figures at once.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly menus: MenusRepository,
    private readonly elders: DemoElderSeeder,
    private readonly policies: DemoPolicySeeder,
    private readonly orderHistory: DemoOrderHistorySeeder,
  ) {}

  async run(now = new Date()): Promise<DemoSeedResult> {
    await this.dataSource.transaction(async (manager) => {
      await this.seedRegions(manager);
      await this.seedCanteens(manager);
      await this.seedUsers(manager);
      await this.seedDishes(manager);
    });
    await this.topUpMenus(now);
    const today = localDateTime(now, DEFAULT_TIME_ZONE).date;
    await this.elders.run(today);
    const kiosk = await this.ensureKioskToken();
    await this.policies.run(today);
    await this.orderHistory.run(now);
    this.logger.log('demo data ready');
    return { ...kiosk, elderCards: await this.elders.sampleCards() };
  }

  private async seedRegions(manager: EntityManager): Promise<void> {
    const regions = [...DEMO_UPPER_REGIONS];
    for (const [county, streets] of Object.entries(DEMO_STREETS)) {
      streets.forEach((streetName, index) => {
        const streetCode = `${county}${String(index + 1).padStart(3, '0')}`;
        regions.push({ code: streetCode, name: streetName });
        DEMO_COMMUNITY_SUFFIXES.forEach((suffix, communityIndex) => {
          const base = streetName.replace(/(街道|镇|乡)$/, '');
          regions.push({ code: `${streetCode}${String(communityIndex + 1).padStart(3, '0')}`, name: `${base}${suffix}` });
        });
      });
    }
    const existing = new Set((await manager.find(RegionEntity, { select: { code: true } })).map((region) => region.code));
    const missing = regions
      .filter((region) => !existing.has(region.code))
      .map((region) => ({ ...region, level: LEVEL_BY_LENGTH[region.code.length]!, parentCode: parentOf(region.code) }));
    if (missing.length > 0) await manager.insert(RegionEntity, missing);
  }

  private async seedCanteens(manager: EntityManager): Promise<void> {
    for (const canteen of DEMO_CANTEENS) {
      if (await manager.existsBy(CanteenEntity, { code: canteen.code })) continue;
      await manager.insert(CanteenEntity, {
        ...canteen,
        id: randomUUID(),
        status: 'OPEN',
        timeZone: DEFAULT_TIME_ZONE,
      });
    }
  }

  private async seedUsers(manager: EntityManager): Promise<void> {
    // One argon2 hash of the demo password for every new demo login: one slow hash instead of one per user.
    let passwordHash: Promise<string> | undefined;
    for (const user of [...DEMO_USERS, ...DEMO_CANTEEN_STAFF]) {
      if (await manager.existsBy(UserEntity, { username: user.username })) continue;
      passwordHash ??= this.hasher.hash(DEMO_PASSWORD);
      const canteen = user.canteenCode ? await manager.findOneByOrFail(CanteenEntity, { code: user.canteenCode }) : null;
      await manager.insert(UserEntity, {
        id: randomUUID(),
        username: user.username,
        displayName: user.displayName,
        passwordHash: await passwordHash,
        role: user.role,
        regionCode: user.regionCode,
        canteenId: canteen?.id ?? null,
        active: true,
        failedLoginCount: 0,
        lockedUntil: null,
      });
    }
  }

  private async seedDishes(manager: EntityManager): Promise<void> {
    for (const canteen of await manager.find(CanteenEntity)) {
      if (!DEMO_CANTEENS.some((demo) => demo.code === canteen.code)) continue;
      if (await manager.existsBy(DishEntity, { canteenId: canteen.id })) continue;
      await manager.insert(
        DishEntity,
        DEMO_DISHES.map((dish) => ({
          id: randomUUID(),
          canteenId: canteen.id,
          name: dish.name,
          description: dish.description,
          photoUrl: `/kiosk/dishes/${dish.photo}.svg`,
          priceFen: dish.priceFen,
          dietTags: dish.dietTags,
          allergens: dish.allergens,
          active: true,
        })),
      );
    }
  }

  private async topUpMenus(now: Date): Promise<void> {
    const today = localDateTime(now, DEFAULT_TIME_ZONE).date;
    const canteens = await this.dataSource.manager.find(CanteenEntity);
    for (const canteen of canteens.filter((row) => DEMO_CANTEENS.some((demo) => demo.code === row.code))) {
      const dishes = await this.menus.findDishesOfCanteen(canteen.id);
      const existing = await this.dataSource.manager.findBy(DailyMenuEntity, { canteenId: canteen.id });
      const present = new Set(existing.map((menu) => `${menu.serviceDate}|${menu.slot}`));
      for (let day = 0; day < DEMO_MENU_DAYS_AHEAD; day += 1) {
        const date = addDays(today, day);
        for (const window of canteen.slots) {
          if (present.has(`${date}|${window.slot}`)) continue;
          const items = DEMO_DISHES.filter((dish) => dish.slots.includes(window.slot))
            .map((demo) => ({ demo, dish: dishes.find((dish) => dish.name === demo.name) }))
            .filter((pair) => pair.dish !== undefined)
            .map(({ demo, dish }) => ({ dishId: dish!.id, priceFen: dish!.priceFen, portions: demo.portions }));
          await this.menus.replaceMenuItems(canteen.id, date, window.slot, items);
        }
      }
    }
  }

  /**
   * The demo kiosk's token lives in the data folder (only its hash is in the database). If the file is
   * gone or no longer matches, a fresh token is issued to the demo device.
   */
  private async ensureKioskToken(): Promise<Omit<DemoSeedResult, 'elderCards'>> {
    const manager = this.dataSource.manager;
    const canteen = await manager.findOneByOrFail(CanteenEntity, { code: DEMO_KIOSK_CANTEEN_CODE });
    const file = path.join(this.config.dataDir, DEMO_KIOSK_TOKEN_FILE);
    const saved = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
    const device = await manager.findOneBy(KioskDeviceEntity, { canteenId: canteen.id, name: DEMO_KIOSK_DEVICE_NAME });
    if (device && saved && device.tokenHash === hashDeviceToken(saved) && !device.revokedAt) {
      return { kioskToken: saved, kioskCanteenName: canteen.name };
    }
    const token = newDeviceToken();
    if (device) {
      await manager.update(KioskDeviceEntity, { id: device.id }, { tokenHash: hashDeviceToken(token), revokedAt: null });
    } else {
      await manager.insert(KioskDeviceEntity, {
        id: randomUUID(),
        canteenId: canteen.id,
        name: DEMO_KIOSK_DEVICE_NAME,
        tokenHash: hashDeviceToken(token),
        createdBy: null,
        lastSeenAt: null,
        revokedAt: null,
      });
    }
    mkdirSync(this.config.dataDir, { recursive: true });
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    return { kioskToken: token, kioskCanteenName: canteen.name };
  }
}
