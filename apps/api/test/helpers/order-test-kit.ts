import { randomUUID } from 'node:crypto';
import type { MealSlot, SubsidyPolicy } from '@canteen/shared';
import type { CanteenEntity } from '../../src/modules/canteens/canteen.entity.js';
import type { ElderEntity } from '../../src/modules/elders/elder.entity.js';
import { DailyMenuItemEntity } from '../../src/modules/menus/daily-menu-item.entity.js';
import { DailyMenuEntity } from '../../src/modules/menus/daily-menu.entity.js';
import { verifyLedger } from '../../src/modules/orders/ledger-verifier.js';
import { bearerFor, createCanteen, createDish, createUser } from './factories.js';
import { type ElderFacts, examplePolicyDocument, insertElder } from './policy-factories.js';
import { type District, policyTestKit } from './policy-test-kit.js';
import type { TestApp } from './test-app.js';

export interface OrderingCanteen {
  canteen: CanteenEntity;
  /** Bearer header of the canteen's manager. */
  manager: string;
  /** X-Device-Token of a kiosk registered for it. */
  device: string;
}

export interface OrderingDistrict extends District {
  policyId: string;
  canteens: OrderingCanteen[];
}

/** Everything an order spec needs: a district with an active policy, canteens with kiosks, menus, elders. */
export function orderTestKit(app: () => TestApp, today: string) {
  const policies = policyTestKit(app, today);

  async function newCanteen(district: District, name = '下单测试食堂'): Promise<OrderingCanteen> {
    const t = app();
    const canteen = await createCanteen(t.dataSource, district.tree.community, { name });
    const manager = await bearerFor(
      t.http,
      await createUser(t.dataSource, 'CANTEEN_MANAGER', district.tree.community, { canteenId: canteen.id, displayName: '食堂经理' }),
    );
    const registered = await t.http.post('/api/v1/kiosk-devices').set('Authorization', manager).send({ canteenId: canteen.id, name: '大厅机' });
    expect(registered.status).toBe(201);
    return { canteen, manager, device: registered.body.token as string };
  }

  /** A new district whose policy (the example document, or `document`) is active from today, with `canteenCount` canteens. */
  async function newOrderingDistrict(document: SubsidyPolicy = examplePolicyDocument(), canteenCount = 1): Promise<OrderingDistrict> {
    const district = await policies.newDistrict();
    const policy = await policies.activate(district, { document });
    const canteens: OrderingCanteen[] = [];
    for (let index = 0; index < canteenCount; index += 1) canteens.push(await newCanteen(district, `下单测试食堂${index + 1}`));
    return { ...district, policyId: policy.id, canteens };
  }

  /** A menu of the canteen for a date and slot: one line per price, `portions` each. Returns the menu item ids. */
  async function publishMenu(
    canteen: CanteenEntity,
    serviceDate: string,
    slot: MealSlot,
    lines: { priceFen: number; portions: number; name?: string }[],
  ): Promise<string[]> {
    const t = app();
    const menu = Object.assign(new DailyMenuEntity(), { id: randomUUID(), canteenId: canteen.id, serviceDate, slot });
    await t.dataSource.manager.insert(DailyMenuEntity, menu);
    const ids: string[] = [];
    for (const [index, line] of lines.entries()) {
      const dish = await createDish(t.dataSource, canteen.id, { priceFen: line.priceFen, ...(line.name ? { name: line.name } : {}) });
      const id = randomUUID();
      await t.dataSource.manager.insert(DailyMenuItemEntity, {
        id,
        dailyMenuId: menu.id,
        dishId: dish.id,
        priceFen: line.priceFen,
        portions: line.portions,
        portionsSold: 0,
        sortOrder: index,
      });
      ids.push(id);
    }
    return ids;
  }

  /** An elder registered in the district (户籍 and 常住), as facts say. */
  function newElder(district: District, facts: Partial<ElderFacts> & { birthDate: string }): Promise<ElderEntity> {
    return insertElder(app().dataSource, {
      registeredRegionCode: district.tree.community,
      residentRegionCode: district.tree.community,
      ...facts,
    });
  }

  function order(device: string, body: Record<string, unknown>) {
    return app()
      .http.post('/api/v1/orders')
      .set('X-Device-Token', device)
      .send({ idempotencyKey: randomUUID(), channel: 'DINE_IN', payment: { method: 'CASH' }, ...body });
  }

  function quote(device: string, body: Record<string, unknown>) {
    return app().http.post('/api/v1/orders/quote').set('X-Device-Token', device).send({ channel: 'DINE_IN', ...body });
  }

  async function expectLedgerBalanced(): Promise<void> {
    const verification = await verifyLedger(app().dataSource);
    expect(verification.orderMismatches).toEqual([]);
    expect(verification.usageMismatches).toEqual([]);
    expect(verification.ok).toBe(true);
  }

  return { ...policies, newCanteen, newOrderingDistrict, publishMenu, newElder, order, quote, expectLedgerBalanced };
}
