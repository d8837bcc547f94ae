import { readFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '@canteen/shared';
import { CanteenEntity } from '../src/modules/canteens/canteen.entity.js';
import { DailyMenuEntity } from '../src/modules/menus/daily-menu.entity.js';
import { RegionEntity } from '../src/modules/regions/region.entity.js';
import { UserEntity } from '../src/modules/users/user.entity.js';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { verifyLedger } from '../src/modules/orders/ledger-verifier.js';
import { OrderEntity, OrderEventEntity, OrderLineEntity, SubsidyLedgerEntity } from '../src/modules/orders/order.entity.js';
import {
  ElderUsageDayEntity,
  ElderUsageMonthEntity,
  ElderUsageSlotEntity,
  TicketCounterEntity,
} from '../src/modules/orders/usage.entity.js';
import { SubsidyBudgetEntity, SubsidyPolicyEntity } from '../src/modules/subsidies/subsidy-policy.entity.js';
import { DEMO_KIOSK_TOKEN_FILE, DemoSeedService } from '../src/database/seeds/demo-seed.service.js';
import { DEMO_CANTEEN_STAFF, DEMO_CANTEENS, DEMO_PASSWORD, DEMO_USERS } from '../src/database/seeds/demo-data.js';
import { DEMO_DISTRICT_POLICIES } from '../src/database/seeds/demo-policies.js';
import { firstOfPreviousMonth, shiftMonth } from '../src/database/seeds/demo-time.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { isolatedTestDatabaseUrl } from './helpers/test-database.js';

async function counts(t: TestApp) {
  const manager = t.dataSource.manager;
  return {
    regions: await manager.count(RegionEntity),
    canteens: await manager.count(CanteenEntity),
    users: await manager.count(UserEntity),
    menus: await manager.count(DailyMenuEntity),
    policies: await manager.count(SubsidyPolicyEntity),
    budgets: await manager.count(SubsidyBudgetEntity),
    orders: await manager.count(OrderEntity),
    lines: await manager.count(OrderLineEntity),
    ledger: await manager.count(SubsidyLedgerEntity),
    events: await manager.count(OrderEventEntity),
    usageDays: await manager.count(ElderUsageDayEntity),
    usageSlots: await manager.count(ElderUsageSlotEntity),
    usageMonths: await manager.count(ElderUsageMonthEntity),
    tickets: await manager.count(TicketCounterEntity),
    audit: await manager.count(AuditEntryEntity),
  };
}

/** Rows of a raw query with every value as a string or null (SQLite and MySQL answer numbers differently). */
async function rows(t: TestApp, sql: string, parameters: unknown[] = []): Promise<Record<string, string | null>[]> {
  const result = await t.dataSource.query<Record<string, unknown>[]>(sql, parameters);
  return result.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value === null ? null : String(value)])),
  );
}

describe('demo seed', () => {
  let t: TestApp;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const firstDay = firstOfPreviousMonth(today);
  const lastMonth = firstDay.slice(0, 7);
  const thisMonth = today.slice(0, 7);
  const demoCanteenIds = async () =>
    (await t.dataSource.manager.find(CanteenEntity)).filter((canteen) => DEMO_CANTEENS.some((demo) => demo.code === canteen.code)).map((canteen) => canteen.id);
  const bearer = async (username: string) => {
    const login = await t.http.post('/api/v1/auth/login').send({ username, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    return `Bearer ${login.body.accessToken}`;
  };

  beforeAll(async () => {
    // The checks below look at whole tables: on MySQL the seed gets a database of its own.
    const isolated = await isolatedTestDatabaseUrl('demo');
    t = await startTestApp(isolated ? { DATABASE_URL: isolated } : {});
    await t.app.get(DemoSeedService).run();
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('is idempotent: a second run adds nothing and keeps the kiosk token', async () => {
    const first = await counts(t);
    expect(first.orders).toBeGreaterThan(0);
    const tokenFile = path.join(t.config.dataDir, DEMO_KIOSK_TOKEN_FILE);
    const token = readFileSync(tokenFile, 'utf8').trim();
    const again = await t.app.get(DemoSeedService).run();
    expect(await counts(t)).toEqual(first);
    expect(again.kioskToken).toBe(token);
  });

  it('lets every demo login in with the documented password and the documented scope', async () => {
    for (const demo of [...DEMO_USERS, ...DEMO_CANTEEN_STAFF]) {
      const response = await t.http.post('/api/v1/auth/login').send({ username: demo.username, password: DEMO_PASSWORD });
      expect({ username: demo.username, status: response.status }).toEqual({ username: demo.username, status: 200 });
      expect(response.body.user).toMatchObject({ role: demo.role, regionCode: demo.regionCode });
    }
  });

  it('gives xishan the Xishan canteens and none of Chenggong', async () => {
    const response = await t.http.get('/api/v1/canteens?pageSize=200').set('Authorization', await bearer('xishan'));
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

  it('has an active example policy per demo district since the first of last month, approved by a second official', async () => {
    const response = await t.http.get('/api/v1/subsidy-policies').set('Authorization', await bearer('admin'));
    expect(response.status).toBe(200);
    const policies = response.body as {
      id: string;
      regionCode: string;
      version: number;
      status: string;
      label: string;
      effectiveFrom: string;
    }[];
    for (const demo of DEMO_DISTRICT_POLICIES) {
      const active = policies.filter((policy) => policy.regionCode === demo.regionCode && policy.status === 'ACTIVE');
      expect(active).toHaveLength(1);
      expect(active[0]).toMatchObject({ version: 1, effectiveFrom: firstDay });
      expect(active[0]!.label).toContain('示例');
      const entries = await t.dataSource.manager.find(AuditEntryEntity, { where: { entityId: active[0]!.id }, order: { seq: 'ASC' } });
      expect(entries.map((entry) => entry.action)).toEqual(['SUBSIDY_POLICY_DRAFTED', 'SUBSIDY_POLICY_SUBMITTED', 'SUBSIDY_POLICY_APPROVED']);
      expect(entries[2]!.actorId).not.toBe(entries[0]!.actorId);
    }
    const draft = policies.find((policy) => policy.regionCode === '530112' && policy.status === 'DRAFT');
    expect(draft).toMatchObject({ version: 2, effectiveFrom: `${shiftMonth(thisMonth, 1)}-01` });
    expect(draft!.label).toContain('示例');
    // The draft can go through the four-eyes path from the start: xishan submits, kunming could approve.
    const submitted = await t.http.post(`/api/v1/subsidy-policies/${draft!.id}/submit`).set('Authorization', await bearer('xishan'));
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('PENDING_APPROVAL');
  });

  it('sets monthly budgets for last month, this month and next, and this month shows the 80 % alert on one line', async () => {
    const token = await bearer('admin');
    const month = async (value: string) => {
      const response = await t.http.get(`/api/v1/subsidy-budgets?month=${value}`).set('Authorization', token);
      expect(response.status).toBe(200);
      return response.body as { regionCode: string; source: string; budgetFen: number; spentFen: number; percentUsed: number; alert: string }[];
    };
    const [last, current, next] = await Promise.all([month(lastMonth), month(thisMonth), month(shiftMonth(thisMonth, 1))]);
    for (const demo of DEMO_DISTRICT_POLICIES) {
      const sources = demo.document.funding.map((part) => part.source).sort();
      for (const lines of [last, current, next]) {
        expect(lines.filter((line) => line.regionCode === demo.regionCode).map((line) => line.source).sort()).toEqual(sources);
      }
      for (const line of last.filter((row) => row.regionCode === demo.regionCode)) expect(line.spentFen).toBeGreaterThan(0);
      for (const line of next.filter((row) => row.regionCode === demo.regionCode)) {
        expect(line).toMatchObject({ spentFen: 0, alert: 'OK' });
        expect(line.budgetFen).toBeGreaterThan(0);
      }
    }
    if (today === `${thisMonth}-01`) return; // nothing of this month is seeded on its first day
    // A small district may have had no subsidised meal yet this month: its lines keep last month's level.
    for (const line of current.filter((row) => row.spentFen > 0)) {
      expect(line.percentUsed).toBeGreaterThanOrEqual(60);
      expect(line.percentUsed).toBeLessThan(86);
    }
    expect(current.filter((line) => line.alert === 'WARN_80').map((line) => `${line.regionCode}:${line.source}`)).toEqual(['530112:CITY']);
  });

  it('charges every budget line exactly what the ledger holds for its district, month and source', async () => {
    const budgets = await rows(t, 'SELECT region_code, month, source, spent_fen FROM subsidy_budgets');
    const ledger = await rows(t, 'SELECT region_code, month, source, SUM(fen) AS fen FROM subsidy_ledger GROUP BY region_code, month, source');
    for (const budget of budgets) {
      const held = ledger.find((row) => row.region_code === budget.region_code && row.month === budget.month && row.source === budget.source);
      expect({ ...budget, spent_fen: Number(budget.spent_fen) }).toEqual({ ...budget, spent_fen: Number(held?.fen ?? 0) });
    }
  });

  it('has last month full of orders: every tier, both channels, visitors, breakfasts, cancellations', async () => {
    const ids = await demoCanteenIds();
    const lastMonthOrders = await t.dataSource.manager
      .createQueryBuilder(OrderEntity, 'o')
      .where('o.canteen_id IN (:...ids) AND o.service_date BETWEEN :from AND :to', { ids, from: firstDay, to: `${lastMonth}-31` })
      .getMany();
    const tiers = new Set(lastMonthOrders.filter((order) => order.subsidyFen > 0).map((order) => order.tierCode));
    expect([...tiers].sort()).toEqual(['AGE60', 'AGE80', 'DIBAO', 'TEKUN']);
    const delivered = lastMonthOrders.filter((order) => order.channel === 'DELIVERY');
    expect(delivered.length).toBeGreaterThan(100);
    expect(delivered.every((order) => order.deliveryFeeFen === 300 && order.ticketNo.startsWith('D-'))).toBe(true);
    expect(delivered.some((order) => order.reasons.includes('DELIVERY_SUBSIDY'))).toBe(true);
    const visitors = lastMonthOrders.filter((order) => order.elderId === null);
    expect(visitors.length / lastMonthOrders.length).toBeGreaterThan(0.05);
    expect(visitors.length / lastMonthOrders.length).toBeLessThan(0.15);
    expect(visitors.every((order) => order.subsidyFen === 0 && order.payableFen === order.totalFen && order.policyId === null)).toBe(true);
    const breakfasts = lastMonthOrders.filter((order) => order.slot === 'BREAKFAST');
    expect(breakfasts.length).toBeGreaterThan(50);
    expect(breakfasts.every((order) => order.subsidyFen === 0)).toBe(true);
    expect(lastMonthOrders.filter((order) => order.slot === 'DINNER').length).toBeGreaterThan(100);
    const cancelled = lastMonthOrders.filter((order) => order.status === 'CANCELLED');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.length / lastMonthOrders.length).toBeLessThan(0.03);
    expect(new Set(lastMonthOrders.map((order) => order.status))).toEqual(new Set(['SERVED', 'CANCELLED']));
    expect(lastMonthOrders.every((order) => order.totalFen === order.subsidyFen + order.payableFen)).toBe(true);
    // About 70 % of the demo elders eat on a typical weekday, fewer at weekends.
    const elders = await rows(t, "SELECT COUNT(*) AS n FROM elders WHERE registered_region_code LIKE '53%' AND status = 'ACTIVE'");
    const eatersOn = (date: string) => new Set(lastMonthOrders.filter((order) => order.serviceDate === date && order.elderId).map((order) => order.elderId)).size;
    const days = Array.from({ length: 28 }, (_, index) => addDays(firstDay, index));
    const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
    const weekday = days.find((date) => weekdayOf(date) === 3)!;
    const sunday = days.find((date) => weekdayOf(date) === 0)!;
    const share = eatersOn(weekday) / Number(elders[0]!.n);
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.85);
    expect(eatersOn(sunday)).toBeLessThan(eatersOn(weekday));
  });

  it('passes the ledger check, and the audit chains verify', async () => {
    const ledger = await verifyLedger(t.dataSource);
    expect(ledger.orderMismatches).toEqual([]);
    expect(ledger.usageMismatches).toEqual([]);
    expect(ledger.ok).toBe(true);
    expect(ledger.ordersChecked).toBeGreaterThan(1000);
    expect(ledger.ledgerFen).toBe(ledger.ordersSubsidyFen);
    const chain = await t.app.get(AuditService).verifyChain();
    expect(chain).toMatchObject({ ok: true, firstBrokenSeq: null });
  });

  it('never grants an elder more than the policy allows in a day, a slot or a month', async () => {
    const limits = new Map(DEMO_DISTRICT_POLICIES.map((demo) => [demo.regionCode, demo.document.limits]));
    const perDay = await rows(
      t,
      `SELECT elder_id, service_date, COUNT(*) AS meals FROM orders
        WHERE counted_meal = 1 AND status <> 'CANCELLED' GROUP BY elder_id, service_date HAVING COUNT(*) > 1`,
    );
    expect(perDay).toEqual([]);
    const perMonth = await rows(
      t,
      `SELECT elder_region_code AS district, SUBSTR(service_date, 1, 7) AS month, elder_id, SUM(subsidy_fen) AS fen FROM orders
        WHERE status <> 'CANCELLED' AND elder_id IS NOT NULL GROUP BY elder_region_code, SUBSTR(service_date, 1, 7), elder_id`,
    );
    expect(perMonth.length).toBeGreaterThan(100);
    const over = perMonth.filter((row) => Number(row.fen) > (limits.get(row.district ?? '')?.monthlyCapFen ?? 0));
    expect(over).toEqual([]);
    // Some elders reach the cap (特困: free meals), so the cap is exercised, not just never approached.
    expect(perMonth.some((row) => Number(row.fen) === limits.get(row.district ?? '')?.monthlyCapFen)).toBe(true);
    expect(await rows(t, 'SELECT elder_id FROM elder_usage_days WHERE meals > 1')).toEqual([]);
    expect(await rows(t, 'SELECT elder_id FROM elder_usage_slots WHERE meals > 1')).toEqual([]);
    const dayCounters = await rows(
      t,
      `SELECT u.elder_id, u.service_date, u.meals, COALESCE(c.meals, 0) AS orders
         FROM elder_usage_days u
         LEFT JOIN (SELECT elder_id, service_date, COUNT(*) AS meals FROM orders WHERE counted_meal = 1 AND status <> 'CANCELLED'
                     GROUP BY elder_id, service_date) c ON c.elder_id = u.elder_id AND c.service_date = u.service_date
        WHERE u.meals <> COALESCE(c.meals, 0)`,
    );
    expect(dayCounters).toEqual([]);
  });

  it('shows none of the patterns officials look for: no meal after death, moving or suspension, no canteen past its capacity', async () => {
    const afterStatus = await rows(
      t,
      `SELECT o.id FROM orders o JOIN elders e ON e.id = o.elder_id
        WHERE e.status <> 'ACTIVE' AND o.service_date >= e.status_effective_on`,
    );
    expect(afterStatus).toEqual([]);
    const eldersEverStopped = await rows(
      t,
      `SELECT COUNT(DISTINCT o.elder_id) AS n FROM orders o JOIN elders e ON e.id = o.elder_id WHERE e.status <> 'ACTIVE'`,
    );
    // Those who died or moved this month had eaten before: the check above is not vacuous.
    expect(Number(eldersEverStopped[0]!.n)).toBeGreaterThan(0);
    const overCapacity = await rows(
      t,
      `SELECT c.code, o.service_date, COUNT(*) AS n, c.daily_capacity FROM orders o JOIN canteens c ON c.id = o.canteen_id
        WHERE o.status <> 'CANCELLED' GROUP BY c.code, o.service_date, c.daily_capacity HAVING COUNT(*) > c.daily_capacity`,
    );
    expect(overCapacity).toEqual([]);
  });

  it('grants every order exactly what the engine gives: the simulator of the active policy changes nothing', async () => {
    const token = await bearer('kunming');
    const policies = (await t.http.get('/api/v1/subsidy-policies?status=ACTIVE').set('Authorization', token)).body as { id: string; regionCode: string }[];
    for (const regionCode of ['530112', '530114']) {
      const active = policies.find((policy) => policy.regionCode === regionCode)!;
      const response = await t.http
        .post(`/api/v1/subsidy-policies/${active.id}/simulate`)
        .set('Authorization', token)
        .send({ from: firstDay, to: addDays(today, -1) < addDays(firstDay, 91) ? addDays(today, -1) : addDays(firstDay, 91) });
      expect(response.status).toBe(200);
      expect(response.body.orders).toBeGreaterThan(0);
      expect({ regionCode, ordersChanged: response.body.ordersChanged }).toEqual({ regionCode, ordersChanged: 0 });
      expect(response.body.simulated.totalSubsidyFen).toBe(response.body.actual.totalSubsidyFen);
    }
  });

  it('keeps portions, pickup numbers and order events consistent with the orders', async () => {
    const portions = await rows(
      t,
      `SELECT i.id, i.portions_sold, COALESCE(s.qty, 0) AS qty, i.portions
         FROM daily_menu_items i
         LEFT JOIN (SELECT l.menu_item_id, SUM(l.qty) AS qty FROM order_lines l JOIN orders o ON o.id = l.order_id
                     WHERE o.status <> 'CANCELLED' GROUP BY l.menu_item_id) s ON s.menu_item_id = i.id
        WHERE i.portions_sold <> COALESCE(s.qty, 0) OR i.portions_sold > i.portions`,
    );
    expect(portions).toEqual([]);
    const tickets = await rows(
      t,
      `SELECT c.canteen_id, c.service_date, c.prefix, c.last, COUNT(o.id) AS orders
         FROM ticket_counters c
         LEFT JOIN orders o ON o.canteen_id = c.canteen_id AND o.service_date = c.service_date AND SUBSTR(o.ticket_no, 1, 1) = c.prefix
        GROUP BY c.canteen_id, c.service_date, c.prefix, c.last
       HAVING c.last <> COUNT(o.id)`,
    );
    expect(tickets).toEqual([]);
    const served = await rows(t, "SELECT COUNT(*) AS n FROM order_events WHERE to_status = 'SERVED'");
    const servedOrders = await rows(t, "SELECT COUNT(*) AS n FROM orders WHERE status = 'SERVED'");
    expect(served[0]!.n).toBe(servedOrders[0]!.n);
    const firstEvents = await rows(t, 'SELECT COUNT(*) AS n FROM order_events WHERE from_status IS NULL');
    const allOrders = await rows(t, 'SELECT COUNT(*) AS n FROM orders');
    expect(firstEvents[0]!.n).toBe(allOrders[0]!.n);
  });
});
