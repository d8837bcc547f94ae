import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CanteenEntity } from '../src/modules/canteens/canteen.entity.js';
import { DailyMenuEntity } from '../src/modules/menus/daily-menu.entity.js';
import { RegionEntity } from '../src/modules/regions/region.entity.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { DEMO_KIOSK_TOKEN_FILE, DemoSeedService } from '../src/database/seeds/demo-seed.service.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/database/seeds/demo-data.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

async function counts(t: TestApp) {
  const manager = t.dataSource.manager;
  return {
    regions: await manager.count(RegionEntity),
    canteens: await manager.count(CanteenEntity),
    users: await manager.count(UserEntity),
    menus: await manager.count(DailyMenuEntity),
  };
}

describe('demo seed', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(DemoSeedService).run();
  });

  afterAll(async () => {
    await t.close();
  });

  it('is idempotent: a second run adds nothing and keeps the kiosk token', async () => {
    const first = await counts(t);
    const tokenFile = path.join(t.config.dataDir, DEMO_KIOSK_TOKEN_FILE);
    const token = readFileSync(tokenFile, 'utf8').trim();
    const again = await t.app.get(DemoSeedService).run();
    expect(await counts(t)).toEqual(first);
    expect(again.kioskToken).toBe(token);
  });

  it('lets every demo login in with the documented password and the documented scope', async () => {
    for (const demo of DEMO_USERS) {
      const response = await t.http.post('/api/v1/auth/login').send({ username: demo.username, password: DEMO_PASSWORD });
      expect({ username: demo.username, status: response.status }).toEqual({ username: demo.username, status: 200 });
      expect(response.body.user).toMatchObject({ role: demo.role, regionCode: demo.regionCode });
    }
  });

  it('gives xishan the Xishan canteens and none of Chenggong', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ username: 'xishan', password: DEMO_PASSWORD });
    const response = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', `Bearer ${login.body.accessToken}`);
    const names = (response.body.items as { name: string }[]).map((canteen) => canteen.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names.some((name) => name.includes('呈贡'))).toBe(false);
  });

  it('has a working demo kiosk with dishes on its menu', async () => {
    const token = readFileSync(path.join(t.config.dataDir, DEMO_KIOSK_TOKEN_FILE), 'utf8').trim();
    const response = await t.http.get('/api/v1/kiosk/menu').set('X-Device-Token', token);
    expect(response.status).toBe(200);
    expect(response.body.canteen.name).toBe('金碧街道幸福食堂');
    expect(response.body.items.length).toBeGreaterThan(0);
  });
});
