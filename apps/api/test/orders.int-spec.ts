import { randomUUID } from 'node:crypto';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { DailyMenuItemEntity } from '../src/modules/menus/daily-menu-item.entity.js';
import { OrderEntity, OrderEventEntity, SubsidyLedgerEntity } from '../src/modules/orders/order.entity.js';
import { ElderUsageDayEntity, ElderUsageMonthEntity } from '../src/modules/orders/usage.entity.js';
import { SubsidyBudgetEntity } from '../src/modules/subsidies/subsidy-policy.entity.js';
import { bearerFor, createUser } from './helpers/factories.js';
import { orderTestKit } from './helpers/order-test-kit.js';
import { examplePolicyDocument } from './helpers/policy-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** The example policy: 80+ get 500 fen, 60+ 300 fen, at least 100 fen self-pay, one subsidised meal a day. */
describe('orders (HTTP, real database)', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const tomorrow = addDays(today, 1);
  const month = today.slice(0, 7);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const kit = orderTestKit(() => t, today);
  const { order, quote } = kit;

  const ledgerOf = (orderId: string) =>
    t.dataSource.manager.find(SubsidyLedgerEntity, { where: { orderId }, order: { kind: 'ASC', source: 'ASC' } });
  const portionsSold = async (id: string) => (await t.dataSource.manager.findOneByOrFail(DailyMenuItemEntity, { id })).portionsSold;

  describe('placing', () => {
    it('places a subsidised dine-in order at a kiosk: snapshot, ticket, ledger per funding source, audit', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device, manager } = district.canteens[0]!;
      const [rice, soup] = await kit.publishMenu(canteen, today, 'LUNCH', [
        { priceFen: 1000, portions: 30 },
        { priceFen: 300, portions: 30 },
      ]);
      const elder = await kit.newElder(district, { birthDate: '1940-03-01' });

      const quoted = await quote(device, { elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }, { menuItemId: soup, qty: 1 }] });
      expect(quoted.status).toBe(200);
      expect(quoted.body).toMatchObject({ totalFen: 1300, subsidyFen: 500, payableFen: 800, reasons: ['TIER_CHOSEN'] });
      expect(quoted.body).not.toHaveProperty('tierCode');

      const placed = await order(device, {
        elder: { elderId: elder.id },
        serviceDate: today,
        slot: 'LUNCH',
        items: [{ menuItemId: rice, qty: 1 }, { menuItemId: soup, qty: 1 }],
      });
      expect(placed.status).toBe(201);
      expect(placed.body).toMatchObject({
        ticketNo: 'A-001',
        status: 'PLACED',
        canteen: { id: canteen.id, name: canteen.name },
        totalFen: 1300,
        subsidyFen: 500,
        payableFen: 800,
        // A kiosk sees amounts only: the same screen and receipt for every elder.
        elderMaskedName: null,
        tierCode: null,
        policyVersion: null,
        policyId: null,
        funding: [],
        elderId: null,
      });
      expect(placed.body.lines).toHaveLength(2);

      const staffView = await t.http.get(`/api/v1/orders/${placed.body.id}`).set('Authorization', manager);
      expect(staffView.status).toBe(200);
      expect(staffView.body).toMatchObject({
        tierCode: 'AGE_80',
        policyVersion: 1,
        policyId: district.policyId,
        elderId: elder.id,
        elderMaskedName: '模**人',
        funding: [
          { source: 'CITY', fen: 250 },
          { source: 'DISTRICT', fen: 250 },
        ],
      });
      const ledger = await ledgerOf(placed.body.id);
      expect(ledger.map(({ source, fen, kind, regionCode }) => ({ source, fen, kind, regionCode }))).toEqual([
        { source: 'CITY', fen: 250, kind: 'CHARGE', regionCode: district.tree.county },
        { source: 'DISTRICT', fen: 250, kind: 'CHARGE', regionCode: district.tree.county },
      ]);
      const stored = await t.dataSource.manager.findOneByOrFail(OrderEntity, { id: placed.body.id });
      expect(stored).toMatchObject({ policyId: district.policyId, countedMeal: true, elderRegionCode: district.tree.county, canteenRegionCode: canteen.regionCode });
      await expect(portionsSold(rice!)).resolves.toBe(1);
      const audit = await t.dataSource.manager.findOneByOrFail(AuditEntryEntity, { entityId: placed.body.id });
      expect(audit.action).toBe('ORDER_PLACED');
      await kit.expectLedgerBalanced();

      const second = await order(device, { elder: null, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: soup, qty: 2 }] });
      expect(second.body).toMatchObject({ ticketNo: 'A-002', subsidyFen: 0, payableFen: 600, reasons: ['VISITOR'] });
    });

    it('answers a retry with the same order, and refuses the same key with another body', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device } = district.canteens[0]!;
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 30 }]);
      const elder = await kit.newElder(district, { birthDate: '1950-03-01' });
      const body = { idempotencyKey: randomUUID(), elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] };

      const first = await order(device, body);
      expect(first.status).toBe(201);
      const retry = await order(device, body);
      expect(retry.status).toBe(200);
      expect(retry.body.id).toBe(first.body.id);
      const changed = await order(device, { ...body, items: [{ menuItemId: rice, qty: 2 }] });
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('ORDER_IDEMPOTENCY_CONFLICT');

      await expect(t.dataSource.manager.countBy(OrderEntity, { idempotencyKey: body.idempotencyKey })).resolves.toBe(1);
      await expect(portionsSold(rice!)).resolves.toBe(1);
    });

    it('subsidises one meal a day: the second is full price with the reason, and the monthly cap trims', async () => {
      const district = await kit.newOrderingDistrict(examplePolicyDocument({ limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 700 } }));
      const { canteen, device } = district.canteens[0]!;
      const [lunch] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1200, portions: 10 }]);
      const [dinner] = await kit.publishMenu(canteen, today, 'DINNER', [{ priceFen: 1200, portions: 10 }]);
      const [tomorrowLunch] = await kit.publishMenu(canteen, tomorrow, 'LUNCH', [{ priceFen: 1200, portions: 10 }]);
      const elder = await kit.newElder(district, { birthDate: '1940-03-01' });
      const who = { elder: { elderId: elder.id } };

      const first = await order(device, { ...who, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: lunch, qty: 1 }] });
      expect(first.body).toMatchObject({ subsidyFen: 500, payableFen: 700 });
      const second = await order(device, { ...who, serviceDate: today, slot: 'DINNER', items: [{ menuItemId: dinner, qty: 1 }] });
      expect(second.body).toMatchObject({ subsidyFen: 0, payableFen: 1200, reasons: ['TIER_CHOSEN', 'DAILY_LIMIT_REACHED'] });
      const nextDay = await order(device, { ...who, serviceDate: tomorrow, slot: 'LUNCH', items: [{ menuItemId: tomorrowLunch, qty: 1 }] });
      // 700 a month, 500 used: the cap leaves 200 (if tomorrow is next month, a fresh cap gives 500).
      const expected = tomorrow.slice(0, 7) === month ? 200 : 500;
      expect(nextDay.body.subsidyFen).toBe(expected);
      if (expected === 200) expect(nextDay.body.reasons).toContain('MONTHLY_CAP_TRIMMED');

      const usage = await t.dataSource.manager.findOneByOrFail(ElderUsageDayEntity, { elderId: elder.id, serviceDate: today });
      expect(usage.meals).toBe(1);
      await kit.expectLedgerBalanced();
    });

    it('refuses a sold-out line with 409 SOLD_OUT and writes nothing', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device } = district.canteens[0]!;
      const [plenty, scarce] = await kit.publishMenu(canteen, today, 'LUNCH', [
        { priceFen: 1000, portions: 10 },
        { priceFen: 500, portions: 1 },
      ]);
      const elder = await kit.newElder(district, { birthDate: '1950-03-01' });
      const response = await order(device, {
        elder: { elderId: elder.id },
        serviceDate: today,
        slot: 'LUNCH',
        items: [{ menuItemId: plenty, qty: 1 }, { menuItemId: scarce, qty: 2 }],
      });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ code: 'SOLD_OUT', details: [{ field: 'items.1.menuItemId', constraint: 'soldOut' }] });
      await expect(portionsSold(plenty!)).resolves.toBe(0);
      await expect(t.dataSource.manager.countBy(OrderEntity, { elderId: elder.id })).resolves.toBe(0);
      await expect(t.dataSource.manager.countBy(ElderUsageMonthEntity, { elderId: elder.id, subsidyFen: 0 })).resolves.toBe(0);
    });

    it('answers bad input with 422 naming the field, never a 500', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device } = district.canteens[0]!;
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const cases: [Record<string, unknown>, string][] = [
        [{ items: [] }, 'items'],
        [{ items: [{ menuItemId: rice, qty: 0 }] }, 'items.0.qty'],
        [{ items: [{ menuItemId: rice, qty: 1 }], channel: 'TAKEAWAY' }, 'channel'],
        [{ items: [{ menuItemId: rice, qty: 1 }], idempotencyKey: 'short' }, 'idempotencyKey'],
        [{ items: [{ menuItemId: rice, qty: 1 }], serviceDate: '2026-02-30' }, 'serviceDate'],
        [{ items: [{ menuItemId: randomUUID(), qty: 1 }] }, 'items.0.menuItemId'],
        [{ items: [{ menuItemId: rice, qty: 1 }], delivery: { feeFen: 300 } }, 'delivery'],
        [{ items: [{ menuItemId: rice, qty: 1 }], serviceDate: addDays(today, -1) }, 'serviceDate'],
      ];
      for (const [body, field] of cases) {
        const response = await order(device, { elder: null, serviceDate: today, slot: 'LUNCH', ...body });
        expect({ field, status: response.status }).toEqual({ field, status: 422 });
        expect(response.body.details.map((detail: { field: string }) => detail.field)).toContain(field);
      }
      await expect(t.dataSource.manager.countBy(OrderEntity, { canteenId: canteen.id })).resolves.toBe(0);
    });
  });

  describe('which policy pays', () => {
    it("applies the elder's home district policy when they eat in another district, and full price without one", async () => {
      const home = await kit.newOrderingDistrict(examplePolicyDocument({ tiers: [{ code: 'HOME', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 400 } }] }));
      const away = await kit.newOrderingDistrict(examplePolicyDocument({ tiers: [{ code: 'AWAY', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 100 } }] }));
      const awayCanteen = away.canteens[0]!;
      const [rice] = await kit.publishMenu(awayCanteen.canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const visitorFromHome = await kit.newElder(home, { birthDate: '1950-03-01' });
      const placed = await order(awayCanteen.device, { elder: { elderId: visitorFromHome.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      expect(placed.body.subsidyFen).toBe(400);
      const ledger = await ledgerOf(placed.body.id);
      expect(new Set(ledger.map((row) => row.regionCode))).toEqual(new Set([home.tree.county]));
      const stored = await t.dataSource.manager.findOneByOrFail(OrderEntity, { id: placed.body.id });
      expect(stored).toMatchObject({ policyId: home.policyId, tierCode: 'HOME', elderRegionCode: home.tree.county });

      const nowhere = await kit.newDistrict();
      const withoutPolicy = await kit.newElder(nowhere, { birthDate: '1950-03-01' });
      const unpaid = await order(awayCanteen.device, { elder: { elderId: withoutPolicy.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      expect(unpaid.body).toMatchObject({ subsidyFen: 0, payableFen: 1000, reasons: ['NO_POLICY'] });
    });

    it('switches policy versions at midnight: today under the version in force, tomorrow under the next', async () => {
      const district = await kit.newOrderingDistrict();
      await kit.activate(district, {
        effectiveFrom: tomorrow,
        document: examplePolicyDocument({ tiers: [{ code: 'NEW', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 600 } }] }),
      });
      const { canteen, device, manager } = district.canteens[0]!;
      const [todayRice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const [tomorrowRice] = await kit.publishMenu(canteen, tomorrow, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const elder = await kit.newElder(district, { birthDate: '1950-03-01' });
      const todays = await order(device, { elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: todayRice, qty: 1 }] });
      const tomorrows = await order(device, { elder: { elderId: elder.id }, serviceDate: tomorrow, slot: 'LUNCH', items: [{ menuItemId: tomorrowRice, qty: 1 }] });
      const view = async (id: string) => (await t.http.get(`/api/v1/orders/${id}`).set('Authorization', manager)).body;
      await expect(view(todays.body.id)).resolves.toMatchObject({ policyVersion: 1, tierCode: 'BASE', subsidyFen: 300 });
      await expect(view(tomorrows.body.id)).resolves.toMatchObject({ policyVersion: 2, tierCode: 'NEW', subsidyFen: 600 });
    });

    it('drops the subsidy with BUDGET_EXHAUSTED when a hard-stopped budget is spent, and flags overspending otherwise', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device } = district.canteens[0]!;
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const setBudget = (hardStop: boolean) =>
        t.http
          .put(`/api/v1/subsidy-budgets/${district.tree.county}/${month}`)
          .set('Authorization', district.author)
          .send({ lines: [{ source: 'CITY', budgetFen: 100 }, { source: 'DISTRICT', budgetFen: 10000 }], hardStop });
      expect((await setBudget(true)).status).toBe(200);
      const stopped = await kit.newElder(district, { birthDate: '1950-03-01' });
      const refused = await order(device, { elder: { elderId: stopped.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      expect(refused.body).toMatchObject({ subsidyFen: 0, payableFen: 1000, reasons: ['TIER_CHOSEN', 'BUDGET_EXHAUSTED'] });
      const usage = await t.dataSource.manager.findOneBy(ElderUsageDayEntity, { elderId: stopped.id, serviceDate: today });
      expect(usage?.meals ?? 0).toBe(0);

      expect((await setBudget(false)).status).toBe(200);
      const flagged = await kit.newElder(district, { birthDate: '1950-03-01' });
      const taken = await order(device, { elder: { elderId: flagged.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      expect(taken.body.subsidyFen).toBe(300);
      const city = await t.dataSource.manager.findOneByOrFail(SubsidyBudgetEntity, { regionCode: district.tree.county, month, source: 'CITY' });
      expect(city.spentFen).toBe(150);
      await kit.expectLedgerBalanced();
    });
  });

  describe('lifecycle', () => {
    it('goes PLACED → PAID → SERVED with who and when, and refuses skipped or repeated steps', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device, manager } = district.canteens[0]!;
      const other = await kit.newCanteen(district, '别的食堂');
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const placed = await order(device, { elder: null, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      const id = placed.body.id as string;
      const act = (token: { device?: string; bearer?: string }, action: string, body: object = {}) => {
        const call = t.http.post(`/api/v1/orders/${id}/${action}`);
        if (token.device) call.set('X-Device-Token', token.device);
        if (token.bearer) call.set('Authorization', token.bearer);
        return call.send(body);
      };

      expect((await act({ bearer: manager }, 'serve')).body.code).toBe('ORDER_STATUS_CONFLICT');
      expect((await act({ bearer: other.manager }, 'pay', { method: 'QR' })).status).toBe(403);
      expect((await act({ device: other.device }, 'pay', { method: 'QR' })).status).toBe(403);
      const paid = await act({ device }, 'pay', { method: 'QR' });
      expect(paid.body).toMatchObject({ status: 'PAID', paymentMethod: 'QR' });
      expect((await act({ device }, 'pay', { method: 'QR' })).status).toBe(409);
      expect((await act({ device }, 'serve')).status).toBe(401);
      const served = await act({ bearer: manager }, 'serve');
      expect(served.body.status).toBe('SERVED');
      expect(served.body.servedAt).toEqual(expect.any(String));
      const cancelLate = await act({ bearer: manager }, 'cancel', { reason: '已出餐' });
      expect(cancelLate.status).toBe(409);

      const events = await t.dataSource.manager.find(OrderEventEntity, { where: { orderId: id }, order: { at: 'ASC' } });
      expect(events.map((event) => [event.fromStatus, event.toStatus, event.actorKind])).toEqual([
        [null, 'PLACED', 'DEVICE'],
        ['PLACED', 'PAID', 'DEVICE'],
        ['PAID', 'SERVED', 'STAFF'],
      ]);
      // Staff read the same history with the order; a kiosk gets none of it.
      const detail = await t.http.get(`/api/v1/orders/${id}`).set('Authorization', manager);
      expect(detail.body.events.map((event: { toStatus: string; actorName: string }) => [event.toStatus, event.actorName])).toEqual([
        ['PLACED', '大厅机'],
        ['PAID', '大厅机'],
        ['SERVED', '食堂经理'],
      ]);
      expect((await t.http.get(`/api/v1/orders/${id}`).set('X-Device-Token', device)).body.events).toEqual([]);
    });

    it('cancels before serving: the ledger is reversed and the meal, subsidy, budget and portions come back', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device, manager } = district.canteens[0]!;
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      await t.http
        .put(`/api/v1/subsidy-budgets/${district.tree.county}/${month}`)
        .set('Authorization', district.author)
        .send({ lines: [{ source: 'CITY', budgetFen: 10000 }, { source: 'DISTRICT', budgetFen: 10000 }], hardStop: false });
      const elder = await kit.newElder(district, { birthDate: '1950-03-01' });
      const body = { elder: { elderId: elder.id }, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 2 }] };
      const placed = await order(device, body);
      expect(placed.body.subsidyFen).toBe(300);

      const noReason = await t.http.post(`/api/v1/orders/${placed.body.id}/cancel`).set('Authorization', manager).send({});
      expect(noReason.status).toBe(422);
      const cancelled = await t.http.post(`/api/v1/orders/${placed.body.id}/cancel`).set('X-Device-Token', device).send({ reason: '老人临时有事' });
      expect(cancelled.body).toMatchObject({ status: 'CANCELLED', cancelReason: '老人临时有事' });

      const ledger = await ledgerOf(placed.body.id);
      expect(ledger.reduce((sum, row) => sum + row.fen, 0)).toBe(0);
      expect(ledger.filter((row) => row.kind === 'REVERSAL')).toHaveLength(2);
      await expect(portionsSold(rice!)).resolves.toBe(0);
      const usageMonth = await t.dataSource.manager.findOneByOrFail(ElderUsageMonthEntity, { elderId: elder.id, month });
      expect(usageMonth.subsidyFen).toBe(0);
      const budgets = await t.dataSource.manager.findBy(SubsidyBudgetEntity, { regionCode: district.tree.county, month });
      expect(budgets.map((row) => row.spentFen)).toEqual([0, 0]);
      await kit.expectLedgerBalanced();

      const again = await order(device, body);
      expect(again.body).toMatchObject({ subsidyFen: 300, ticketNo: 'A-002' });
      const audit = await t.dataSource.manager.find(AuditEntryEntity, { where: { entityId: placed.body.id }, order: { seq: 'ASC' } });
      expect(audit.map((entry) => entry.action)).toEqual(['ORDER_PLACED', 'ORDER_CANCELLED']);
      // Orders are audited in their canteen's own chain, which the verifier checks like the main one.
      expect(new Set(audit.map((entry) => entry.chain))).toEqual(new Set([`orders:${canteen.id}`]));
      const chains = t.app.get(AuditService);
      await expect(chains.verifyChain()).resolves.toMatchObject({ ok: true });
      const victim = audit[1]!;
      await t.dataSource.manager.update(AuditEntryEntity, { chain: victim.chain, seq: victim.seq }, { afterJson: '{"status":"PAID"}' });
      await expect(chains.verifyChain()).resolves.toMatchObject({ ok: false, brokenChain: victim.chain, firstBrokenSeq: victim.seq });
      await t.dataSource.manager.update(AuditEntryEntity, { chain: victim.chain, seq: victim.seq }, { afterJson: victim.afterJson });
      await expect(chains.verifyChain()).resolves.toMatchObject({ ok: true });
    });
  });

  describe('reading', () => {
    it('lists orders in scope only, filters them, and verifies the ledger for officials', async () => {
      const district = await kit.newOrderingDistrict();
      const { canteen, device, manager } = district.canteens[0]!;
      const [rice] = await kit.publishMenu(canteen, today, 'LUNCH', [{ priceFen: 1000, portions: 10 }]);
      const placed = await order(device, { elder: null, serviceDate: today, slot: 'LUNCH', items: [{ menuItemId: rice, qty: 1 }] });
      await order(device, { elder: null, serviceDate: today, slot: 'LUNCH', channel: 'DELIVERY', delivery: { feeFen: 300 }, items: [{ menuItemId: rice, qty: 1 }] });

      const list = async (token: string, query = '') => t.http.get(`/api/v1/orders?canteenId=${canteen.id}${query}`).set('Authorization', token);
      const mine = await list(district.author);
      expect(mine.status).toBe(200);
      expect(mine.body.total).toBe(2);
      const delivery = await list(manager, '&channel=DELIVERY');
      expect(delivery.body.items.map((item: { ticketNo: string }) => item.ticketNo)).toEqual(['D-001']);
      const byTicket = await list(manager, `&q=a-001`);
      expect(byTicket.body.items.map((item: { id: string }) => item.id)).toEqual([placed.body.id]);

      const stranger = await kit.newDistrict();
      const outside = await t.http.get(`/api/v1/orders/${placed.body.id}`).set('Authorization', stranger.author);
      expect(outside.status).toBe(403);
      const strangersList = await t.http.get('/api/v1/orders').set('Authorization', stranger.author);
      expect(strangersList.body.total).toBe(0);

      const auditor = await bearerFor(t.http, await createUser(t.dataSource, 'AUDITOR', district.tree.county));
      const verified = await t.http.get('/api/v1/subsidy-ledger/verify').set('Authorization', auditor);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ ok: true, orderMismatches: [], usageMismatches: [] });
      expect((await t.http.get('/api/v1/subsidy-ledger/verify').set('Authorization', manager)).status).toBe(403);
      // The check covers the caller's scope only: another district's official sees none of these orders.
      const elsewhere = await t.http.get('/api/v1/subsidy-ledger/verify').set('Authorization', stranger.author);
      expect(elsewhere.body).toMatchObject({ ok: true, ordersChecked: 0, ledgerRows: 0 });
      expect(verified.body.ordersChecked).toBeGreaterThanOrEqual(2);
    });
  });
});
