import argon2 from 'argon2';
import { randomInt, randomUUID } from 'node:crypto';
import { type CanteenKind, type MealSlot, residentIdCheckChar, type Role, type SlotWindow } from '@canteen/shared';
import type { DataSource } from 'typeorm';
import { CanteenEntity } from '../../src/modules/canteens/canteen.entity.js';
import { DishEntity } from '../../src/modules/menus/dish.entity.js';
import { RegionEntity } from '../../src/modules/regions/region.entity.js';
import { UserEntity } from '../../src/modules/users/user.entity.js';
import type { Http } from './test-app.js';

export const TEST_PASSWORD = 'Test@Pass2026';
let passwordHash: Promise<string> | undefined;

/** A county of its own under test province 99, with one street and one community: no clash between suites. */
export interface RegionTree {
  county: string;
  street: string;
  community: string;
}

async function ensureRegion(dataSource: DataSource, code: string, name: string, level: RegionEntity['level']) {
  if (await dataSource.manager.existsBy(RegionEntity, { code })) return;
  const parentCode = { 2: null, 4: code.slice(0, 2), 6: code.slice(0, 4), 9: code.slice(0, 6), 12: code.slice(0, 9) }[
    code.length
  ];
  await dataSource.manager.insert(RegionEntity, { code, name, level, parentCode: parentCode ?? null });
}

export async function createRegionTree(dataSource: DataSource): Promise<RegionTree> {
  await ensureRegion(dataSource, '99', '测试省', 'PROVINCE');
  await ensureRegion(dataSource, '9901', '测试市', 'CITY');
  let county: string;
  do {
    county = `9901${String(randomInt(0, 100)).padStart(2, '0')}`;
  } while (await dataSource.manager.existsBy(RegionEntity, { code: county }));
  await ensureRegion(dataSource, county, `测试区${county}`, 'COUNTY');
  await ensureRegion(dataSource, `${county}001`, '测试街道', 'STREET');
  await ensureRegion(dataSource, `${county}001001`, '测试社区', 'COMMUNITY');
  return { county, street: `${county}001`, community: `${county}001001` };
}

export const ALL_DAY_SLOTS: SlotWindow[] = [
  { slot: 'BREAKFAST', start: '00:00', end: '08:00' },
  { slot: 'LUNCH', start: '08:00', end: '16:00' },
  { slot: 'DINNER', start: '16:00', end: '23:59' },
];

export async function createCanteen(
  dataSource: DataSource,
  regionCode: string,
  overrides: Partial<CanteenEntity> = {},
): Promise<CanteenEntity> {
  const canteen = Object.assign(new CanteenEntity(), {
    id: randomUUID(),
    code: `T-${randomUUID().slice(0, 8).toUpperCase()}`,
    name: `测试食堂${randomInt(1000, 9999)}`,
    kind: 'CANTEEN' as CanteenKind,
    regionCode,
    address: '测试路1号',
    status: 'OPEN',
    openedOn: '2026-01-15',
    seats: 40,
    dailyCapacity: 150,
    timeZone: 'Asia/Shanghai',
    slots: ALL_DAY_SLOTS,
    ...overrides,
  });
  return dataSource.manager.save(canteen);
}

export async function createUser(
  dataSource: DataSource,
  role: Role,
  regionCode: string,
  overrides: Partial<UserEntity> = {},
): Promise<UserEntity> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const user = Object.assign(new UserEntity(), {
    id: randomUUID(),
    username: `u_${randomUUID().slice(0, 12)}`,
    displayName: '测试用户',
    passwordHash: await passwordHash,
    role,
    regionCode,
    canteenId: null,
    active: true,
    failedLoginCount: 0,
    lockedUntil: null,
    ...overrides,
  });
  return dataSource.manager.save(user);
}

export async function createDish(
  dataSource: DataSource,
  canteenId: string,
  overrides: Partial<DishEntity> = {},
): Promise<DishEntity> {
  const dish = Object.assign(new DishEntity(), {
    id: randomUUID(),
    canteenId,
    name: `测试菜${randomInt(100, 999)}`,
    description: '',
    photoUrl: null,
    priceFen: 1200,
    dietTags: ['SOFT'],
    allergens: [],
    active: true,
    ...overrides,
  });
  return dataSource.manager.save(dish);
}

/** Logs in through the API and returns the bearer header value. */
export async function bearerFor(http: Http, user: UserEntity): Promise<string> {
  const response = await http.post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`login failed for ${user.username}: ${response.status}`);
  return `Bearer ${response.body.accessToken as string}`;
}

export const SLOTS: MealSlot[] = ['BREAKFAST', 'LUNCH', 'DINNER'];

/** A valid resident ID number for someone born on `birthDate` (random sequence, so suites do not clash). */
export function newResidentId(birthDate: string, sex: 'M' | 'F' = 'F', region = '530112'): string {
  const sequence = randomInt(0, 500) * 2 + (sex === 'M' ? 1 : 0);
  const first17 = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A birth date in the 1930s–1950s, random enough that two tests never pick the same person. */
export function randomElderBirthDate(): string {
  const year = randomInt(1930, 1960);
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const day = String(randomInt(1, 29)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
