import { addDays, currentOrNextSlot, localDateTime } from '@canteen/shared';
import type { CanteenEntity } from '../src/modules/canteens/canteen.entity.js';
import { KioskDeviceEntity } from '../src/modules/kiosk-devices/kiosk-device.entity.js';
import { bearerFor, createCanteen, createDish, createRegionTree, createUser, SLOTS } from './helpers/factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

describe('kiosk devices and the kiosk menu (HTTP, real database)', () => {
  let t: TestApp;
  let canteen: CanteenEntity;
  let otherCanteen: CanteenEntity;
  let manager: string;
  let otherManager: string;

  beforeAll(async () => {
    t = await startTestApp();
    const region = await createRegionTree(t.dataSource);
    canteen = await createCanteen(t.dataSource, region.community, { name: '终端测试食堂' });
    otherCanteen = await createCanteen(t.dataSource, region.community);
    manager = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_MANAGER', region.community, { canteenId: canteen.id }),
    );
    otherManager = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_MANAGER', region.community, { canteenId: otherCanteen.id }),
    );
  });

  afterAll(async () => {
    await t.close();
  });

  async function register(name = '大厅1号机'): Promise<{ id: string; token: string }> {
    const response = await t.http.post('/api/v1/kiosk-devices').set('Authorization', manager).send({ canteenId: canteen.id, name });
    expect(response.status).toBe(201);
    return response.body;
  }

  it('registers a device, shows its token once and keeps only a hash', async () => {
    const device = await register();
    expect(device.token).toMatch(/^kd_[A-Za-z0-9_-]{43}$/);
    const list = await t.http.get(`/api/v1/kiosk-devices?canteenId=${canteen.id}`).set('Authorization', manager);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(device.token);
    const row = await t.dataSource.manager.findOneByOrFail(KioskDeviceEntity, { id: device.id });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.tokenHash).not.toContain(device.token);
  });

  it('identifies the device and its canteen by token', async () => {
    const device = await register('走廊机');
    const response = await t.http.get('/api/v1/kiosk/device').set('X-Device-Token', device.token);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      deviceId: device.id,
      deviceName: '走廊机',
      canteen: { id: canteen.id, name: '终端测试食堂', address: canteen.address, timeZone: 'Asia/Shanghai' },
    });
  });

  it('serves the current or next slot’s menu of the device’s canteen', async () => {
    const dish = await createDish(t.dataSource, canteen.id, { name: '红烧豆腐', priceFen: 900 });
    const retired = await createDish(t.dataSource, canteen.id, { name: '下架菜', active: false });
    const today = localDateTime(new Date(), 'Asia/Shanghai').date;
    for (const date of [today, addDays(today, 1)]) {
      for (const slot of SLOTS) {
        const put = await t.http
          .put(`/api/v1/canteens/${canteen.id}/daily-menus/${date}/${slot}`)
          .set('Authorization', manager)
          .send({
            items: [
              { dishId: dish.id, priceFen: 880, portions: 25 },
              { dishId: retired.id, priceFen: 100, portions: 5 },
            ],
          });
        expect(put.status).toBe(200);
      }
    }
    const device = await register('菜单机');
    const before = localDateTime(new Date(), 'Asia/Shanghai');
    const response = await t.http.get('/api/v1/kiosk/menu').set('X-Device-Token', device.token);
    expect(response.status).toBe(200);
    const expected = currentOrNextSlot(canteen.slots, before.date, before.time)!;
    expect(response.body).toMatchObject({ canteen: { id: canteen.id, name: '终端测试食堂' }, slot: expected.slot });
    expect([today, addDays(today, 1)]).toContain(response.body.serviceDate);
    expect(response.body.items).toEqual([
      expect.objectContaining({ dishId: dish.id, name: '红烧豆腐', priceFen: 880, portionsLeft: 25, soldOut: false }),
    ]);
  });

  it('refuses missing, unknown and staff tokens on kiosk endpoints, and device tokens on staff endpoints', async () => {
    const missing = await t.http.get('/api/v1/kiosk/menu');
    expect(missing.status).toBe(401);
    expect(missing.body.code).toBe('DEVICE_TOKEN_INVALID');
    const unknown = await t.http.get('/api/v1/kiosk/menu').set('X-Device-Token', 'kd_not-a-real-token');
    expect(unknown.body.code).toBe('DEVICE_TOKEN_INVALID');
    const staffOnKiosk = await t.http.get('/api/v1/kiosk/menu').set('Authorization', manager);
    expect(staffOnKiosk.status).toBe(401);

    const device = await register('越权机');
    const deviceOnStaff = await t.http.get('/api/v1/canteens').set('X-Device-Token', device.token);
    expect(deviceOnStaff.status).toBe(401);
    expect(deviceOnStaff.body.code).toBe('UNAUTHENTICATED');
  });

  it('stops a revoked device at once', async () => {
    const device = await register('将撤销');
    expect((await t.http.get('/api/v1/kiosk/device').set('X-Device-Token', device.token)).status).toBe(200);
    const revoke = await t.http.post(`/api/v1/kiosk-devices/${device.id}/revoke`).set('Authorization', manager);
    expect(revoke.status).toBe(200);
    expect(revoke.body.revokedAt).toEqual(expect.any(String));
    const after = await t.http.get('/api/v1/kiosk/menu').set('X-Device-Token', device.token);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('DEVICE_REVOKED');
  });

  it('lets a manager register and revoke devices only for their own canteen', async () => {
    const foreign = await t.http
      .post('/api/v1/kiosk-devices')
      .set('Authorization', otherManager)
      .send({ canteenId: canteen.id, name: '别家的机器' });
    expect(foreign.status).toBe(403);
    const device = await register('不许别人撤');
    const revoke = await t.http.post(`/api/v1/kiosk-devices/${device.id}/revoke`).set('Authorization', otherManager);
    expect(revoke.status).toBe(403);
    const bad = await t.http.post('/api/v1/kiosk-devices').set('Authorization', manager).send({ canteenId: 'x', name: '' });
    expect(bad.status).toBe(422);
    expect((bad.body.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(['canteenId', 'name']);
  });
});
