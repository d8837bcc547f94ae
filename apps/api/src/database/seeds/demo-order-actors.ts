import { In, type EntityManager } from 'typeorm';
import type { CanteenEntity } from '../../modules/canteens/canteen.entity.js';
import { KioskDeviceEntity } from '../../modules/kiosk-devices/kiosk-device.entity.js';
import type { OrderActor } from '../../modules/orders/order-rows.js';
import { UserEntity } from '../../modules/users/user.entity.js';
import { DEMO_CANTEEN_STAFF, DEMO_KIOSK_DEVICE_NAME, DEMO_USERS } from './demo-data.js';

const DEVICE_ROLE = 'KIOSK_DEVICE';

function staffActor(user: UserEntity): OrderActor {
  return { kind: 'STAFF', id: user.id, name: user.displayName, role: user.role };
}

/** Who places and moves the seeded orders, by canteen. */
export interface DemoOrderActors {
  /** The counter staff: the canteen's manager or staff demo login, else the admin. */
  staffByCanteen: Map<string, OrderActor>;
  /** The demo kiosk, for the canteens that have it (not revoked). */
  deviceByCanteen: Map<string, OrderActor>;
}

export async function loadDemoOrderActors(manager: EntityManager, canteens: readonly CanteenEntity[]): Promise<DemoOrderActors> {
  const staffByCanteen = new Map<string, OrderActor>();
  const deviceByCanteen = new Map<string, OrderActor>();
  const usernames = [...DEMO_USERS, ...DEMO_CANTEEN_STAFF].filter((user) => user.canteenCode).map((user) => user.username);
  const users = await manager.find(UserEntity, { where: { username: In(usernames) } });
  for (const user of users) {
    if (user.canteenId && !staffByCanteen.has(user.canteenId)) staffByCanteen.set(user.canteenId, staffActor(user));
  }
  const admin = await manager.findOneByOrFail(UserEntity, { username: 'admin' });
  for (const canteen of canteens) {
    if (!staffByCanteen.has(canteen.id)) staffByCanteen.set(canteen.id, staffActor(admin));
  }
  const devices = await manager.find(KioskDeviceEntity, {
    where: { canteenId: In(canteens.map((canteen) => canteen.id)), name: DEMO_KIOSK_DEVICE_NAME },
  });
  for (const device of devices) {
    if (!device.revokedAt) deviceByCanteen.set(device.canteenId, { kind: 'DEVICE', id: device.id, name: device.name, role: DEVICE_ROLE });
  }
  return { staffByCanteen, deviceByCanteen };
}
