import { addDays, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { DailyMenuItemEntity } from '../src/modules/menus/daily-menu-item.entity.js';
import { OrderEntity, SubsidyLedgerEntity } from '../src/modules/orders/order.entity.js';
import { ElderUsageDayEntity, ElderUsageMonthEntity } from '../src/modules/orders/usage.entity.js';
import { type Answer, countStatuses, orderBody, type OrderServers, placeAtOnce, startOrderServers } from './helpers/concurrent-orders.js';
import { orderTestKit } from './helpers/order-test-kit.js';
import { examplePolicyDocument } from './helpers/policy-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { testDatabaseUrl } from './helpers/test-database.js';

/** The first day of the month after `date` (YYYY-MM-DD). */
function firstOfNextMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Simultaneous orders: every request of a case is sent at once, and on MySQL/MariaDB split between the test
 * app and a second real API process on the same database (DESIGN.md: the limits hold with two API processes
 * on one MySQL, and on SQLite). The limits are the database's: guarded updates, unique keys.
 */
describe(`orders placed at the same moment (${testDatabaseUrl() ? 'two API processes on MySQL' : 'SQLite'})`, () => {
  let t: TestApp;
  let servers: OrderServers;
  const today = todayIn(DEFAULT_TIME_ZONE);

  beforeAll(async () => {
    t = await startTestApp();
    servers = await startOrderServers(t);
  }, 60_000);

  afterAll(async () => {
    await servers?.stop();
    await t?.close();
  }, 30_000);

  const kit = orderTestKit(() => t, today);
  const portionsSold = async (id: string) => (await t.dataSource.manager.findOneByOrFail(DailyMenuItemEntity, { id })).portionsSold;
  const subsidised = (answers: readonly Answer[]) => answers.filter((answer) => answer.body.subsidyFen > 0);

  it('splits the requests between two processes on MySQL (one on SQLite)', () => {
    expect(servers.urls).toHaveLength(testDatabaseUrl() ? 2 : 1);
    expect(new Set(servers.urls).size).toBe(servers.urls.length);
  });

  it('subsidises exactly one of 50 simultaneous orders of one elder at two canteens (one meal a day)', async () => {
    const district = await kit.newOrderingDistrict(
      examplePolicyDocument({ limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 9000 } }),
      2,
    );
    const menus = await Promise.all(
      district.canteens.map(async ({ canteen }) => (await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 100 }]))[0]!),
    );
    const elder = await kit.newElder(district, { birthDate: '1950-03-01' });

    const answers = await placeAtOnce(
      servers.urls,
      Array.from({ length: 50 }, (_, index) => ({
        device: district.canteens[index % 2]!.device,
        body: orderBody({
          elder: { elderId: elder.id },
          serviceDate: today,
          slot: 'LUNCH',
          items: [{ menuItemId: menus[index % 2], qty: 1 }],
        }),
      })),
    );

    expect(countStatuses(answers)).toEqual({ 201: 50 });
    const granted = subsidised(answers);
    expect(granted).toHaveLength(1);
    expect(granted[0]!.body).toMatchObject({ subsidyFen: 300, payableFen: 700 });
    for (const answer of answers.filter((item) => item !== granted[0])) {
      expect(answer.body).toMatchObject({ subsidyFen: 0, payableFen: 1000 });
      expect(answer.body.reasons.some((reason: string) => reason === 'DAILY_LIMIT_REACHED' || reason === 'SLOT_LIMIT_REACHED')).toBe(true);
    }
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(50);
    const day = await t.dataSource.manager.findOneByOrFail(ElderUsageDayEntity, { elderId: elder.id, serviceDate: today });
    expect(day.meals).toBe(1);
    const month = await t.dataSource.manager.findOneByOrFail(ElderUsageMonthEntity, { elderId: elder.id, month: today.slice(0, 7) });
    expect(month.subsidyFen).toBe(300);
    const ledger = await t.dataSource.manager.findBy(SubsidyLedgerEntity, { elderId: elder.id });
    expect(ledger.reduce((sum, row) => sum + row.fen, 0)).toBe(300);
    expect(new Set(ledger.map((row) => row.orderId))).toEqual(new Set([granted[0]!.body.id]));
    await expect(portionsSold(menus[0]!)).resolves.toBe(25);
    await expect(portionsSold(menus[1]!)).resolves.toBe(25);
    await kit.expectLedgerBalanced();
  });

  it('sells exactly 20 portions to 200 simultaneous orders: 20 placed, 180 SOLD_OUT, nothing else written', async () => {
    const district = await kit.newOrderingDistrict();
    const { canteen, device } = district.canteens[0]!;
    const [scarce] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1200, portions: 20 }]);
    const elders = await Promise.all(Array.from({ length: 200 }, () => kit.newElder(district, { birthDate: '1950-03-01' })));

    const answers = await placeAtOnce(
      servers.urls,
      elders.map((elder) => ({
        device,
        body: orderBody({ elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: scarce, qty: 1 }] }),
      })),
    );

    expect(countStatuses(answers)).toEqual({ 201: 20, 409: 180 });
    for (const refused of answers.filter((answer) => answer.status === 409)) {
      expect(refused.body).toMatchObject({ code: 'SOLD_OUT', details: [{ field: 'items.0.menuItemId', constraint: 'soldOut' }] });
    }
    await expect(portionsSold(scarce!)).resolves.toBe(20);
    await expect(t.dataSource.manager.countBy(OrderEntity, { canteenId: canteen.id })).resolves.toBe(20);
    const placed = answers.filter((answer) => answer.status === 201);
    // Every sold portion was subsidised once, and the refused orders left no subsidy behind.
    expect(subsidised(placed)).toHaveLength(20);
    const ledger = await t.dataSource.manager.findBy(SubsidyLedgerEntity, { canteenId: canteen.id });
    expect(new Set(ledger.map((row) => row.orderId))).toEqual(new Set(placed.map((answer) => answer.body.id)));
    const tickets = placed.map((answer) => answer.body.ticketNo as string).sort();
    expect(tickets).toEqual(Array.from({ length: 20 }, (_, index) => `A-${String(index + 1).padStart(3, '0')}`));
    await kit.expectLedgerBalanced();
  });

  it('never lets simultaneous orders of one elder on different days pass the monthly cap', async () => {
    const capFen = 1000;
    const district = await kit.newOrderingDistrict(examplePolicyDocument({ limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: capFen } }));
    const { canteen, device } = district.canteens[0]!;
    // Twelve days of one month (next month's, so they are all still to come and share one cap).
    const first = firstOfNextMonth(today);
    const days = Array.from({ length: 12 }, (_, index) => addDays(first, index));
    const items = await Promise.all(days.map(async (day) => (await kit.publishMenu(canteen, day, 'LUNCH', [{ priceFen: 1000, portions: 10 }]))[0]!));
    // Born 1950: the BASE tier, 300 fen a meal — four meals' worth is more than the cap.
    const elder = await kit.newElder(district, { birthDate: '1950-03-01' });

    const answers = await placeAtOnce(
      servers.urls,
      days.map((day, index) => ({
        device,
        body: orderBody({ elder: { elderId: elder.id }, serviceDate: day, slot: 'LUNCH', items: [{ menuItemId: items[index], qty: 1 }] }),
      })),
    );

    expect(countStatuses(answers)).toEqual({ 201: 12 });
    const total = answers.reduce((sum, answer) => sum + (answer.body.subsidyFen as number), 0);
    // 300 + 300 + 300 + the 100 left: the cap is used up exactly, never passed.
    expect(total).toBe(capFen);
    expect(subsidised(answers)).toHaveLength(4);
    for (const answer of answers) expect(answer.body.subsidyFen).toBeLessThanOrEqual(300);
    for (const answer of answers.filter((item) => item.body.subsidyFen < 300)) {
      expect(answer.body.reasons.some((reason: string) => reason === 'MONTHLY_CAP_TRIMMED' || reason === 'MONTHLY_CAP_REACHED')).toBe(true);
    }
    const month = await t.dataSource.manager.findOneByOrFail(ElderUsageMonthEntity, { elderId: elder.id, month: first.slice(0, 7) });
    expect(month.subsidyFen).toBe(total);
    const ledger = await t.dataSource.manager.findBy(SubsidyLedgerEntity, { elderId: elder.id });
    expect(ledger.reduce((sum, row) => sum + row.fen, 0)).toBe(total);
    await kit.expectLedgerBalanced();
  });

  it('makes one order of one idempotency key sent 20 times at once, and answers each with it', async () => {
    const district = await kit.newOrderingDistrict();
    const { canteen, device } = district.canteens[0]!;
    const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 30 }]);
    const elder = await kit.newElder(district, { birthDate: '1950-03-01' });
    const body = orderBody({ elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });

    const answers = await placeAtOnce(servers.urls, Array.from({ length: 20 }, () => ({ device, body })));

    expect(countStatuses(answers)).toEqual({ 200: 19, 201: 1 });
    const created = answers.find((answer) => answer.status === 201)!;
    expect(new Set(answers.map((answer) => answer.body.id))).toEqual(new Set([created.body.id]));
    for (const answer of answers) {
      expect(answer.body).toMatchObject({ ticketNo: created.body.ticketNo, subsidyFen: 300, totalFen: 1000 });
    }
    await expect(t.dataSource.manager.countBy(OrderEntity, { idempotencyKey: body.idempotencyKey as string })).resolves.toBe(1);
    await expect(portionsSold(rice!)).resolves.toBe(1);

    // The same key with another body, again all at once: refused every time, nothing more written.
    const changed = { ...body, items: [{ menuItemId: rice, qty: 2 }] };
    const conflicts = await placeAtOnce(servers.urls, Array.from({ length: 10 }, () => ({ device, body: changed })));
    expect(countStatuses(conflicts)).toEqual({ 409: 10 });
    for (const conflict of conflicts) expect(conflict.body.code).toBe('ORDER_IDEMPOTENCY_CONFLICT');
    await expect(t.dataSource.manager.countBy(OrderEntity, { elderId: elder.id })).resolves.toBe(1);
    await expect(portionsSold(rice!)).resolves.toBe(1);
    await kit.expectLedgerBalanced();
  });

  it('keeps each of 30 simultaneous orders of different elders and canteens to its own limits', async () => {
    const district = await kit.newOrderingDistrict(examplePolicyDocument(), 3);
    const menus = await Promise.all(
      district.canteens.map(async ({ canteen }) => (await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 800, portions: 50 }, { priceFen: 300, portions: 50 }]))),
    );
    const elders = await Promise.all(Array.from({ length: 10 }, (_, index) => kit.newElder(district, { birthDate: index % 2 ? '1940-03-01' : '1955-03-01' })));

    // Each elder orders three times at once, once at each canteen: one subsidised meal each.
    const answers = await placeAtOnce(
      servers.urls,
      elders.flatMap((elder) =>
        district.canteens.map(({ device }, canteenIndex) => ({
          device,
          body: orderBody({
            elder: { elderId: elder.id },
            serviceDate: today,
            slot: 'LUNCH',
            items: menus[canteenIndex]!.map((menuItemId) => ({ menuItemId, qty: 1 })),
          }),
        })),
      ),
    );

    expect(countStatuses(answers)).toEqual({ 201: 30 });
    for (const [index, elder] of elders.entries()) {
      const own = answers.slice(index * 3, index * 3 + 3);
      expect(subsidised(own)).toHaveLength(1);
      const expected = index % 2 ? 500 : 300;
      expect(subsidised(own)[0]!.body.subsidyFen).toBe(expected);
      const month = await t.dataSource.manager.findOneByOrFail(ElderUsageMonthEntity, { elderId: elder.id, month: today.slice(0, 7) });
      expect(month.subsidyFen).toBe(expected);
    }
    // Pickup numbers are unique and without gaps per canteen, whichever process handed them out.
    for (const [canteenIndex] of district.canteens.entries()) {
      const tickets = answers.filter((_, index) => index % 3 === canteenIndex).map((answer) => answer.body.ticketNo as string).sort();
      expect(tickets).toEqual(Array.from({ length: 10 }, (_, index) => `A-${String(index + 1).padStart(3, '0')}`));
    }
    await kit.expectLedgerBalanced();
  });
});
