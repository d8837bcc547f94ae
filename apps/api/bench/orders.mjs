// Benchmark: kiosk orders placed concurrently through the real HTTP API on MariaDB, against baselines in
// the same run that send statements straight through mysql2 at the same concurrency:
//   - "same statements": every read and write the API's order path makes, in its order (device, idempotency
//     key, canteen, the cart's menu lines, elder, policy, categories and grade, then in one READ COMMITTED transaction: usage
//     read and claims, the cart's portions in one statement, ticket, order/lines/ledger/event, the audit chain
//     head, and the budget last);
//   - "nine statements": the reference order transaction — portions, usage day/slot/month, budget and ticket
//     as guarded upserts, order, lines and ledger — with no reads and no audit.
// Usage: pnpm bench:orders
// Environment:
//   BENCH_DATABASE_URL  mysql://root@127.0.0.1:3306/canteen_bench_orders (dropped and created; the name must contain "bench")
//   BENCH_QUICK=1       a smoke run: 200 orders per figure, one API process
//   BENCH_CLIENTS       8,16,50        BENCH_PROCESSES  1,2         BENCH_ORDERS  3000 per figure
//   BENCH_SECONDS       60 (a figure stops at whichever comes first)  BENCH_CANTEENS  4
//   BENCH_TRACE=1       the API times its statements, lock holds and requests (adds a diagnosis section)
//   BENCH_LOG_LEVEL     the API's LOG_LEVEL (default log: a line per request, as in production)
//   BENCH_BASELINE_POOL mysql2 pool size of the baselines (default 10, TypeORM's default per API process)
//   BENCH_BASELINES=0   the API only (comparing two builds of it)
//   BENCH_CPU_PROFILE   a folder: the API writes a CPU profile of every measured run there (.cpuprofile)
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { addDays, todayIn } from '@canteen/shared';
import { auditEntryHash, canonicalJson } from '../dist/modules/audit/audit-hash.js';
import { verifyLedger } from '../dist/modules/orders/ledger-verifier.js';
import { cpuSecondsOf, databaseServerPid, fixed, runClients, startApiProcess, table } from './bench-kit.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');

const QUICK = process.env.BENCH_QUICK === '1';
const list = (value, fallback) => (value ?? fallback).split(',').map((item) => Number(item.trim())).filter((item) => item > 0);
const CLIENTS = list(process.env.BENCH_CLIENTS, '8,16,50');
const PROCESSES = list(process.env.BENCH_PROCESSES, QUICK ? '1' : '1,2');
const ORDERS = Number(process.env.BENCH_ORDERS ?? (QUICK ? 200 : 3000));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 30 : 60));
const CANTEENS = Number(process.env.BENCH_CANTEENS ?? 4);
const TRACE = process.env.BENCH_TRACE === '1';
const BASELINES = process.env.BENCH_BASELINES !== '0';
const BASELINE_POOL = Number(process.env.BENCH_BASELINE_POOL ?? 10);
const WARMUP = QUICK ? 30 : 100;
const SAME = 'baseline: same statements';
const NINE = 'baseline: nine statements';
const DAYS = 7;
const DISHES = 6;
const TIME_ZONE = 'Asia/Shanghai';
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/canteen_bench_orders';

const target = new URL(DATABASE_URL);
const DATABASE = decodeURIComponent(target.pathname.replace(/^\//, ''));
if (!['127.0.0.1', 'localhost'].includes(target.hostname)) throw new Error(`The bench talks to 127.0.0.1 only, not ${target.hostname}`);
if (!/^[A-Za-z0-9_]+$/.test(DATABASE) || !DATABASE.includes('bench')) {
  throw new Error(`The bench drops and recreates its database: give it a name with "bench" in it, not "${DATABASE}"`);
}

// ------------------------------------------------------------------------------------------ the fixtures

const REGIONS = { province: '99', city: '9901', county: '990101', street: '990101001', community: '990101001001' };
const SLOTS = [
  { slot: 'BREAKFAST', start: '00:00', end: '08:00' },
  { slot: 'LUNCH', start: '08:00', end: '16:00' },
  { slot: 'DINNER', start: '16:00', end: '23:59' },
];
const POLICY = {
  tiers: [
    { code: 'AGE_80', label: '80 周岁以上', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
    { code: 'BASE', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
  ],
  limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 9000 },
  slots: ['LUNCH', 'DINNER'],
  channels: ['DINE_IN', 'DELIVERY'],
  minSelfPayFen: 100,
  deliverySubsidyFen: 200,
  funding: [
    { source: 'CITY', bp: 5000 },
    { source: 'DISTRICT', bp: 5000 },
  ],
};

async function insertRows(db, tableName, rows) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    await db.query(`INSERT INTO \`${tableName}\` (${columns.map((column) => `\`${column}\``).join(', ')}) VALUES ?`, [
      chunk.map((row) => columns.map((column) => row[column])),
    ]);
  }
}

/** Region, canteens with a kiosk each, a week of LUNCH menus with plenty of portions, the policy, budgets, elders. */
async function createFixtures(db, elderCount) {
  const today = todayIn(TIME_ZONE);
  const dates = Array.from({ length: DAYS }, (_, index) => addDays(today, index));
  const months = [...new Set(dates.map((date) => date.slice(0, 7)))];
  await insertRows(db, 'regions', [
    { code: REGIONS.province, name: '基准省', level: 'PROVINCE', parent_code: null },
    { code: REGIONS.city, name: '基准市', level: 'CITY', parent_code: REGIONS.province },
    { code: REGIONS.county, name: '基准区', level: 'COUNTY', parent_code: REGIONS.city },
    { code: REGIONS.street, name: '基准街道', level: 'STREET', parent_code: REGIONS.county },
    { code: REGIONS.community, name: '基准社区', level: 'COMMUNITY', parent_code: REGIONS.street },
  ]);
  const canteens = [];
  for (let index = 0; index < CANTEENS; index += 1) {
    const canteen = { id: randomUUID(), name: `基准食堂${index + 1}`, token: `kd_${randomBytes(32).toString('base64url')}`, menus: new Map() };
    canteen.deviceId = randomUUID();
    canteens.push(canteen);
  }
  await insertRows(
    db,
    'canteens',
    canteens.map((canteen, index) => ({
      id: canteen.id,
      code: `BENCH-${index + 1}`,
      name: canteen.name,
      kind: 'CANTEEN',
      region_code: REGIONS.community,
      address: '基准路1号',
      status: 'OPEN',
      opened_on: '2026-01-15',
      seats: 40,
      daily_capacity: 100_000,
      time_zone: TIME_ZONE,
      slots: JSON.stringify(SLOTS),
    })),
  );
  await insertRows(
    db,
    'kiosk_devices',
    canteens.map((canteen) => ({
      id: canteen.deviceId,
      canteen_id: canteen.id,
      name: '基准大厅机',
      token_hash: createHash('sha256').update(canteen.token).digest('hex'),
    })),
  );
  const dishes = [];
  const menus = [];
  const items = [];
  for (const canteen of canteens) {
    const own = Array.from({ length: DISHES }, (_, index) => ({
      id: randomUUID(),
      canteen_id: canteen.id,
      name: `基准菜${index + 1}`,
      description: '',
      photo_url: null,
      price_fen: 600 + 200 * index,
      diet_tags: JSON.stringify(['SOFT']),
      allergens: JSON.stringify([]),
      active: 1,
    }));
    dishes.push(...own);
    for (const date of dates) {
      const menu = { id: randomUUID(), canteen_id: canteen.id, service_date: date, slot: 'LUNCH' };
      menus.push(menu);
      const lines = own.map((dish, index) => ({
        id: randomUUID(),
        daily_menu_id: menu.id,
        dish_id: dish.id,
        price_fen: dish.price_fen,
        portions: 1_000_000,
        portions_sold: 0,
        sort_order: index,
      }));
      items.push(...lines);
      canteen.menus.set(
        date,
        lines.map((line, index) => ({ id: line.id, dishId: line.dish_id, priceFen: line.price_fen, name: own[index].name })),
      );
    }
  }
  await insertRows(db, 'dishes', dishes);
  await insertRows(db, 'daily_menus', menus);
  await insertRows(db, 'daily_menu_items', items);
  const policyId = randomUUID();
  await insertRows(db, 'subsidy_policies', [
    {
      id: policyId,
      region_code: REGIONS.county,
      version: 1,
      status: 'ACTIVE',
      effective_from: today,
      label: '基准补贴',
      document: JSON.stringify(POLICY),
    },
  ]);
  await insertRows(
    db,
    'subsidy_budgets',
    months.flatMap((month) =>
      ['CITY', 'DISTRICT'].map((source) => ({
        id: randomUUID(),
        region_code: REGIONS.county,
        month,
        source,
        budget_fen: 2_000_000_000,
        spent_fen: 0,
        hard_stop: 0,
      })),
    ),
  );
  const elders = Array.from({ length: elderCount }, (_, index) => ({
    id: randomUUID(),
    name: `基准老人${index}`,
    id_number_cipher: 'v1:bench',
    id_number_index: randomBytes(32).toString('hex'),
    id_number_masked: '9901**********000X',
    birth_date: `${1930 + (index % 35)}-0${1 + (index % 9)}-1${index % 10}`,
    sex: index % 2 ? 'M' : 'F',
    registered_region_code: REGIONS.community,
    resident_region_code: REGIONS.community,
    address: '基准路2号',
    diet_tags: '[]',
    allergies: '',
    status: 'ACTIVE',
  }));
  await insertRows(db, 'elders', elders);
  return { today, dates, canteens, policyId, elders: elders.map((elder) => ({ id: elder.id, birthDate: elder.birth_date })) };
}

/**
 * Every order is a fresh (elder, service date): day by day, the elders in a shuffled order, so concurrent
 * orders are different people (as at real kiosks) and every one of them is subsidised.
 */
function orderSource(fixtures) {
  const order = fixtures.elders.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [order[index], order[other]] = [order[other], order[index]];
  }
  let taken = 0;
  return function nextOrder(client) {
    const day = Math.floor(taken / order.length);
    if (day >= fixtures.dates.length) throw new Error('out of (elder, date) pairs: raise the elder count');
    const elder = fixtures.elders[order[taken % order.length]];
    taken += 1;
    const canteen = fixtures.canteens[client % fixtures.canteens.length];
    const serviceDate = fixtures.dates[day];
    const menu = canteen.menus.get(serviceDate);
    const count = 1 + Math.floor(Math.random() * 3);
    const start = Math.floor(Math.random() * menu.length);
    const lines = Array.from({ length: count }, (_, index) => ({ ...menu[(start + index) % menu.length], qty: 1 }));
    return { elder, canteen, serviceDate, lines, idempotencyKey: randomUUID() };
  };
}

// ---------------------------------------------------------------------------------------- through the API

function placeThroughApi(urls) {
  return async (client, order) => {
    const url = urls[client % urls.length];
    const response = await fetch(`${url}/api/v1/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': order.canteen.token },
      body: JSON.stringify({
        idempotencyKey: order.idempotencyKey,
        elder: { elderId: order.elder.id },
        serviceDate: order.serviceDate,
        slot: 'LUNCH',
        channel: 'DINE_IN',
        items: order.lines.map((line) => ({ menuItemId: line.id, qty: line.qty })),
        payment: { method: 'CASH' },
      }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.json();
    if (response.status !== 201) return `HTTP ${response.status} ${body.code ?? ''}`;
    if (body.subsidyFen <= 0) return `not subsidised: ${body.reasons?.join(',')}`;
    return true;
  };
}

// ------------------------------------------------------------------------- the nine-statement reference

const subsidyFor = (birthDate, serviceDate) => {
  const age = Number(serviceDate.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (serviceDate.slice(5) < birthDate.slice(5) ? 1 : 0);
  return age >= 80 ? 500 : 300;
};

function orderRow(order, subsidyFen, ticketNo, canteen, now) {
  const totalFen = order.lines.reduce((sum, line) => sum + line.priceFen * line.qty, 0);
  const half = Math.floor(subsidyFen / 2);
  const funding = [
    { source: 'CITY', fen: subsidyFen - half },
    { source: 'DISTRICT', fen: half },
  ];
  return {
    id: randomUUID(),
    ticket_no: ticketNo,
    idempotency_key: order.idempotencyKey,
    request_hash: createHash('sha256').update(order.idempotencyKey).digest('hex'),
    canteen_id: canteen.id,
    canteen_region_code: REGIONS.community,
    elder_id: order.elder.id,
    elder_region_code: REGIONS.county,
    service_date: order.serviceDate,
    slot: 'LUNCH',
    channel: 'DINE_IN',
    status: 'PLACED',
    policy_id: null,
    policy_version: 1,
    tier_code: subsidyFen === 500 ? 'AGE_80' : 'BASE',
    items_fen: totalFen,
    delivery_fee_fen: 0,
    total_fen: totalFen,
    subsidy_fen: subsidyFen,
    payable_fen: totalFen - subsidyFen,
    funding: JSON.stringify(funding),
    reasons: JSON.stringify(['TIER_CHOSEN']),
    counted_meal: 1,
    payment_method: 'CASH',
    placed_by_kind: 'DEVICE',
    placed_by_id: canteen.deviceId,
    placed_at: now,
    fundingParts: funding,
  };
}

const ORDER_COLUMNS = [
  'id', 'ticket_no', 'idempotency_key', 'request_hash', 'canteen_id', 'canteen_region_code', 'elder_id', 'elder_region_code',
  'service_date', 'slot', 'channel', 'status', 'policy_id', 'policy_version', 'tier_code', 'items_fen', 'delivery_fee_fen',
  'total_fen', 'subsidy_fen', 'payable_fen', 'funding', 'reasons', 'counted_meal', 'payment_method', 'placed_by_kind',
  'placed_by_id', 'placed_at',
];
const INSERT_ORDER = `INSERT INTO orders (${ORDER_COLUMNS.join(', ')}) VALUES (${ORDER_COLUMNS.map(() => '?').join(', ')})`;

function ledgerRows(row, now) {
  return row.fundingParts.map((part) => [randomUUID(), row.id, row.elder_id, row.canteen_id, REGIONS.county, part.source, part.fen, 'CHARGE', row.service_date, row.service_date.slice(0, 7), now]);
}

/** The reference: nine statements inside BEGIN … COMMIT, each limit a guarded statement, nothing read first. */
function placeNineStatements(pool, policyId) {
  return async (_client, order) => {
    const connection = await pool.getConnection();
    try {
      const now = new Date();
      const month = order.serviceDate.slice(0, 7);
      const subsidyFen = subsidyFor(order.elder.birthDate, order.serviceDate);
      await connection.query('START TRANSACTION');
      // 1. portions of every line, all or nothing
      const ids = order.lines.map((line) => line.id);
      const [portions] = await connection.query(
        `UPDATE daily_menu_items SET portions_sold = portions_sold + 1 WHERE id IN (?) AND portions_sold + 1 <= portions`,
        [ids],
      );
      if (portions.affectedRows !== ids.length) throw new Error('sold out');
      // 2–4. a meal of the day, of the slot, the month's subsidy: guarded upserts (1 = inserted, 2 = raised, 0 = refused)
      const [day] = await connection.query(
        'INSERT INTO elder_usage_days (elder_id, service_date, meals) VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE meals = IF(meals < ?, meals + 1, meals)',
        [order.elder.id, order.serviceDate, POLICY.limits.mealsPerDay],
      );
      const [slot] = await connection.query(
        "INSERT INTO elder_usage_slots (elder_id, service_date, slot, meals) VALUES (?, ?, 'LUNCH', 1) ON DUPLICATE KEY UPDATE meals = IF(meals < ?, meals + 1, meals)",
        [order.elder.id, order.serviceDate, POLICY.limits.mealsPerSlot],
      );
      const [monthly] = await connection.query(
        'INSERT INTO elder_usage_months (elder_id, month, subsidy_fen) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE subsidy_fen = IF(subsidy_fen + ? <= ?, subsidy_fen + ?, subsidy_fen)',
        [order.elder.id, month, subsidyFen, subsidyFen, POLICY.limits.monthlyCapFen, subsidyFen],
      );
      if ([day, slot, monthly].some((result) => result.affectedRows === 0)) throw new Error('limit reached');
      const row = orderRow(order, subsidyFen, '', order.canteen, now);
      row.policy_id = policyId;
      // 5. both funding sources' budget lines in one statement
      await connection.query(
        'UPDATE subsidy_budgets SET spent_fen = spent_fen + CASE source WHEN ? THEN ? WHEN ? THEN ? END WHERE region_code = ? AND month = ? AND source IN (?, ?)',
        ['CITY', row.fundingParts[0].fen, 'DISTRICT', row.fundingParts[1].fen, REGIONS.county, month, 'CITY', 'DISTRICT'],
      );
      // 6. the pickup number, read back through LAST_INSERT_ID(expr) in the same round trip
      const [ticket] = await connection.query(
        "INSERT INTO ticket_counters (canteen_id, service_date, prefix, last) VALUES (?, ?, 'A', LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)",
        [order.canteen.id, order.serviceDate],
      );
      row.ticket_no = `A-${String(ticket.insertId).padStart(3, '0')}`;
      // 7–9. the order, its lines, its ledger rows
      await connection.query(INSERT_ORDER, ORDER_COLUMNS.map((column) => row[column]));
      await connection.query('INSERT INTO order_lines (id, order_id, menu_item_id, dish_id, name, price_fen, qty) VALUES ?', [
        order.lines.map((line) => [randomUUID(), row.id, line.id, line.dishId, line.name, line.priceFen, line.qty]),
      ]);
      await connection.query(
        'INSERT INTO subsidy_ledger (id, order_id, elder_id, canteen_id, region_code, source, fen, kind, service_date, month, created_at) VALUES ?',
        [ledgerRows(row, now)],
      );
      await connection.query('COMMIT');
      return true;
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  };
}

/** Like the API's transactionWithRetry: a deadlock victim or a lock wait timeout runs again (5 attempts). */
function withRetry(place) {
  return async (client, order) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await place(client, order);
      } catch (error) {
        if (attempt >= 5 || !['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT'].includes(error?.code)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  };
}

// ------------------------------------------------------------------- the API's statements, by hand

/** How many rows a statement changed: 0 when a guard refused it. */
const affected = (result) => result[0].affectedRows;

/**
 * The statements the API's order path sends (as BENCH_TRACE=1 lists them for the order path of this
 * commit), straight through mysql2: the reads before the transaction, each on a pooled connection as
 * TypeORM's manager does, then the transaction on one connection, with the same guards, the same upserts,
 * TypeORM's reload of the inserted order, and the canteen's audit chain (head locked, entry hashed with
 * the API's own auditEntryHash, head moved on). Nothing is parsed into entities and nothing is validated.
 */
function placeSameStatements(pool) {
  return async (_client, order) => {
    const now = new Date();
    const month = order.serviceDate.slice(0, 7);
    const tokenHash = createHash('sha256').update(order.canteen.token).digest('hex');
    await pool.query('SELECT * FROM kiosk_devices WHERE token_hash = ? LIMIT 1', [tokenHash]);
    await pool.query('SELECT id FROM orders WHERE idempotency_key = ?', [order.idempotencyKey]);
    await pool.query('SELECT * FROM canteens WHERE id = ? LIMIT 1', [order.canteen.id]);
    const ids = order.lines.map((line) => line.id);
    await pool.query(
      `SELECT item.id AS id, item.dish_id AS dish_id, dish.name AS name, item.price_fen AS price_fen, dish.active AS active
         FROM daily_menu_items item
         JOIN daily_menus menu ON menu.id = item.daily_menu_id
         JOIN dishes dish ON dish.id = item.dish_id
        WHERE menu.canteen_id = ? AND menu.service_date = ? AND menu.slot = ? AND item.id IN (${ids.map(() => '?').join(', ')})`,
      [order.canteen.id, order.serviceDate, 'LUNCH', ...ids],
    );
    await pool.query('SELECT * FROM elders WHERE id = ? LIMIT 1', [order.elder.id]);
    const [[policy]] = await pool.query(
      "SELECT * FROM subsidy_policies WHERE region_code = ? AND status = 'ACTIVE' AND effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1",
      [REGIONS.county, order.serviceDate],
    );
    await pool.query(
      `SELECT 'C' AS kind, elder_id, category AS value, NULL AS assessed_on FROM elder_categories
        WHERE elder_id IN (?) AND status = 'APPROVED' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)
       UNION ALL
       SELECT 'A' AS kind, elder_id, grade AS value, assessed_on FROM elder_assessments
        WHERE elder_id IN (?) AND status = 'APPROVED' AND valid_until >= ?`,
      [order.elder.id, order.serviceDate, order.serviceDate, order.elder.id, order.serviceDate],
    );
    const connection = await pool.getConnection();
    try {
      await connection.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
      await connection.query('START TRANSACTION');
      await connection.query(
        `SELECT (SELECT meals FROM elder_usage_days WHERE elder_id = ? AND service_date = ?) AS day,
                (SELECT meals FROM elder_usage_slots WHERE elder_id = ? AND service_date = ? AND slot = ?) AS slot,
                (SELECT subsidy_fen FROM elder_usage_months WHERE elder_id = ? AND month = ?) AS month`,
        [order.elder.id, order.serviceDate, order.elder.id, order.serviceDate, 'LUNCH', order.elder.id, month],
      );
      const subsidyFen = subsidyFor(order.elder.birthDate, order.serviceDate);
      const day = await connection.query('INSERT IGNORE INTO elder_usage_days (elder_id, service_date, meals) VALUES (?, ?, 1)', [order.elder.id, order.serviceDate]);
      if (affected(day) !== 1) throw new Error('usage changed');
      const slot = await connection.query('INSERT IGNORE INTO elder_usage_slots (elder_id, service_date, slot, meals) VALUES (?, ?, ?, 1)', [
        order.elder.id,
        order.serviceDate,
        'LUNCH',
      ]);
      if (affected(slot) !== 1) throw new Error('usage changed');
      const raised = await connection.query('UPDATE elder_usage_months SET subsidy_fen = subsidy_fen + ? WHERE elder_id = ? AND month = ? AND subsidy_fen + ? <= ?', [
        subsidyFen,
        order.elder.id,
        month,
        subsidyFen,
        POLICY.limits.monthlyCapFen,
      ]);
      if (affected(raised) !== 1) {
        const created = await connection.query('INSERT IGNORE INTO elder_usage_months (elder_id, month, subsidy_fen) VALUES (?, ?, ?)', [order.elder.id, month, subsidyFen]);
        if (affected(created) !== 1) throw new Error('usage changed');
      }
      const cases = order.lines.map(() => 'WHEN ? THEN ?').join(' ');
      const caseParams = order.lines.flatMap((line) => [line.id, line.qty]);
      const ids = order.lines.map((line) => line.id);
      const taken = await connection.query(
        `UPDATE daily_menu_items SET portions_sold = portions_sold + CASE id ${cases} END
          WHERE id IN (${ids.map(() => '?').join(', ')}) AND portions_sold + CASE id ${cases} END <= portions`,
        [...caseParams, ...ids, ...caseParams],
      );
      if (affected(taken) !== order.lines.length) throw new Error('sold out');
      const row = orderRow(order, subsidyFen, '', order.canteen, now);
      row.policy_id = policy.id;
      const [ticket] = await connection.query(
        'INSERT INTO ticket_counters (canteen_id, service_date, prefix, last) VALUES (?, ?, ?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last = LAST_INSERT_ID(last + 1)',
        [order.canteen.id, order.serviceDate, 'A'],
      );
      row.ticket_no = `A-${String(ticket.insertId).padStart(3, '0')}`;
      await connection.query(INSERT_ORDER, ORDER_COLUMNS.map((column) => row[column]));
      await connection.query('INSERT INTO order_lines (id, order_id, menu_item_id, dish_id, name, price_fen, qty) VALUES ?', [
        order.lines.map((line) => [randomUUID(), row.id, line.id, line.dishId, line.name, line.priceFen, line.qty]),
      ]);
      await connection.query(
        'INSERT INTO subsidy_ledger (id, order_id, elder_id, canteen_id, region_code, source, fen, kind, service_date, month, created_at) VALUES ?',
        [ledgerRows(row, now)],
      );
      await connection.query(
        'INSERT INTO order_events (id, order_id, from_status, to_status, actor_kind, actor_id, actor_name, reason, at) VALUES (?, ?, NULL, ?, ?, ?, ?, NULL, ?)',
        [randomUUID(), row.id, 'PLACED', 'DEVICE', order.canteen.deviceId, '基准大厅机', now],
      );
      const chain = `orders:${order.canteen.id}`;
      let [[head]] = await connection.query('SELECT * FROM audit_chains WHERE chain = ? FOR UPDATE', [chain]);
      if (!head) {
        await connection.query('INSERT IGNORE INTO audit_chains (chain, last_seq, last_hash) VALUES (?, 0, ?)', [chain, '0'.repeat(64)]);
        [[head]] = await connection.query('SELECT * FROM audit_chains WHERE chain = ? FOR UPDATE', [chain]);
      }
      const fields = {
        seq: head.last_seq + 1,
        occurredAt: now.toISOString(),
        actorId: order.canteen.deviceId,
        actorName: '基准大厅机',
        actorRole: 'KIOSK_DEVICE',
        action: 'ORDER_PLACED',
        entityType: 'ORDER',
        entityId: row.id,
        regionCode: REGIONS.county,
        beforeJson: null,
        afterJson: canonicalJson({ ticketNo: row.ticket_no, canteenId: row.canteen_id, elderId: row.elder_id, serviceDate: row.service_date, totalFen: row.total_fen, subsidyFen }),
      };
      const hash = auditEntryHash(head.last_hash, fields);
      await connection.query(
        `INSERT INTO audit_entries (chain, seq, occurred_at, actor_id, actor_name, actor_role, action, entity_type, entity_id, region_code, before_json, after_json, prev_hash, hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [chain, fields.seq, fields.occurredAt, fields.actorId, fields.actorName, fields.actorRole, fields.action, fields.entityType, fields.entityId, fields.regionCode, null, fields.afterJson, head.last_hash, hash],
      );
      await connection.query('UPDATE audit_chains SET last_seq = ?, last_hash = ? WHERE chain = ?', [fields.seq, hash, chain]);
      for (const part of row.fundingParts) {
        await connection.query(
          'UPDATE subsidy_budgets SET spent_fen = spent_fen + ? WHERE region_code = ? AND month = ? AND source = ? AND (hard_stop = 0 OR spent_fen + ? <= budget_fen)',
          [part.fen, REGIONS.county, month, part.source, part.fen],
        );
      }
      await connection.query('COMMIT');
      return true;
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  };
}

// ------------------------------------------------------------------------------------------------- run

async function adminConnection() {
  const server = new URL(DATABASE_URL);
  server.pathname = '/';
  return mysql.createConnection({ uri: server.toString(), connectTimeout: 5000 });
}

function describeFailures(result) {
  return result.failures.length ? `  failures: ${result.failures.slice(0, 5).join('; ')}` : '';
}

const workDir = mkdtempSync(path.join(os.tmpdir(), 'canteen-bench-orders-'));
const logFile = path.join(workDir, 'api.log');
const runs = [];
const dbPid = databaseServerPid();
let apis = [];
let pool;
let failed = false;
try {
  const admin = await adminConnection();
  await admin.query(`DROP DATABASE IF EXISTS \`${DATABASE}\``);
  await admin.query(`CREATE DATABASE \`${DATABASE}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const [[{ version }]] = await admin.query('SELECT VERSION() AS version');
  await admin.end();

  const apiEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL,
    DATA_DIR: workDir,
    STATIC_ROOT: workDir,
    DEMO_SEED: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'log',
    ...(TRACE ? { BENCH_TRACE: '1' } : {}),
    ...(process.env.BENCH_CPU_PROFILE ? { BENCH_CPU_PROFILE: process.env.BENCH_CPU_PROFILE } : {}),
  };
  // The first process runs the migrations; the fixtures go in once the tables exist.
  apis = [await startApiProcess({ env: apiEnv, logFile })];
  pool = mysql.createPool({ uri: DATABASE_URL, connectionLimit: BASELINE_POOL, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  const cells = CLIENTS.length * (PROCESSES.length + 2);
  const elderCount = Math.ceil(((ORDERS + WARMUP) * cells * 1.1) / DAYS) + 100;
  const fixtures = await createFixtures(pool, elderCount);
  const nextOrder = orderSource(fixtures);
  console.log(
    `order placement benchmark on MariaDB ${version} (${os.cpus().length} cores): up to ${ORDERS} orders or ${SECONDS} s per figure, ` +
      `${CANTEENS} canteens with a kiosk each, ${elderCount} elders, 1–3 lines, LUNCH, ${DAYS} service days; ` +
      `load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  );

  const measure = async (label, clients, once, processes) => {
    await runClients({ clients, total: WARMUP, seconds: SECONDS, once: (client) => once(client, nextOrder(client)) });
    await Promise.all(processes.map((api) => api.reset()));
    const cpuBefore = { db: cpuSecondsOf(dbPid), bench: process.cpuUsage() };
    const result = await runClients({ clients, total: ORDERS, seconds: SECONDS, once: (client) => once(client, nextOrder(client)) });
    const bench = process.cpuUsage(cpuBefore.bench);
    const apiStats = await Promise.all(processes.map((api) => api.stats()));
    const cpu = {
      api: processes.length ? apiStats.reduce((sum, stats) => sum + stats.cpuMs, 0) / result.ok : NaN,
      db: ((cpuSecondsOf(dbPid) - cpuBefore.db) * 1000) / result.ok,
      bench: (bench.user + bench.system) / 1000 / result.ok,
    };
    runs.push({ label, ...result, cpu, trace: TRACE && processes.length ? apiStats : null });
    process.stdout.write(
      `  ${label.padEnd(34)} ${String(clients).padStart(3)} clients: ${fixed(result.perSecond).padStart(7)} orders/s  p50 ${fixed(result.p50)}  p95 ${fixed(result.p95)}  p99 ${fixed(result.p99)} ms${describeFailures(result)}\n`,
    );
    if (result.failed > 0) failed = true;
  };

  // Interleaved by concurrency, so the API and its baselines see the same background load.
  while (apis.length < Math.max(...PROCESSES)) apis.push(await startApiProcess({ env: apiEnv, logFile }));
  for (const clients of CLIENTS) {
    for (const count of PROCESSES) {
      const used = apis.slice(0, count);
      await measure(`API, ${count} process${count > 1 ? 'es' : ''}`, clients, placeThroughApi(used.map((api) => api.url)), used);
    }
    if (BASELINES) {
      await measure(SAME, clients, withRetry(placeSameStatements(pool)), []);
      await measure(NINE, clients, withRetry(placeNineStatements(pool, fixtures.policyId)), []);
    }
  }

  // ----------------------------------------------------------------------------------------- report
  const columns = [
    ['run', 34, 'left'],
    ['clients', 7],
    ['orders', 6],
    ['orders/s', 8],
    ['p50 ms', 7],
    ['p95 ms', 7],
    ['p99 ms', 7],
    ['failed', 6],
    ['CPU ms/order: API', 17],
    ['MariaDB', 7],
    ['bench', 5],
  ];
  console.log();
  console.log(
    table(
      columns,
      runs.map((run) => [
        run.label,
        run.clients,
        run.ok,
        fixed(run.perSecond),
        fixed(run.p50),
        fixed(run.p95),
        fixed(run.p99),
        run.failed,
        fixed(run.cpu.api, 2),
        fixed(run.cpu.db, 2),
        fixed(run.cpu.bench, 2),
      ]),
    ),
  );
  console.log();
  const ratioRows = [];
  for (const baseline of [SAME, NINE]) {
    for (const run of runs.filter((item) => item.label.startsWith('API'))) {
      const base = runs.find((item) => item.label === baseline && item.clients === run.clients);
      if (!base) continue;
      ratioRows.push([`${run.label} / ${baseline.replace('baseline: ', '')}`, run.clients, fixed(run.perSecond / base.perSecond, 2), fixed(run.p99 / base.p99, 2)]);
    }
  }
  console.log(table([['ratio API / baseline', 46, 'left'], ['clients', 7], ['throughput', 10], ['p99', 6]], ratioRows));
  console.log('  aim: throughput ≥ 0.50 of the baseline, p99 ≤ 2.00 × the baseline');
  console.log(`  load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} (${os.cpus().length} cores: above that, other work shared the machine)`);

  if (TRACE) printTrace(runs);

  // ------------------------------------------------------------------------------------ ledger check
  const verification = await verifyLedger({ query: async (sql, params) => (await pool.query(sql, params))[0] });
  const [[portions]] = await pool.query(
    `SELECT COUNT(*) AS wrong FROM daily_menu_items i
       LEFT JOIN (SELECT menu_item_id, SUM(qty) AS qty FROM order_lines GROUP BY menu_item_id) l ON l.menu_item_id = i.id
      WHERE i.portions_sold <> COALESCE(l.qty, 0)`,
  );
  const [[tickets]] = await pool.query(
    `SELECT COUNT(*) AS wrong FROM ticket_counters t
       LEFT JOIN (SELECT canteen_id, service_date, COUNT(*) AS orders FROM orders GROUP BY canteen_id, service_date) o
         ON o.canteen_id = t.canteen_id AND o.service_date = t.service_date
      WHERE t.last <> COALESCE(o.orders, 0)`,
  );
  const consistent = verification.ok && Number(portions.wrong) === 0 && Number(tickets.wrong) === 0;
  console.log();
  console.log(
    `ledger check (verifyLedger): ${verification.ok ? 'ok' : 'MISMATCH'} — ${verification.ordersChecked} orders, ${verification.ledgerRows} ledger rows, ` +
      `subsidy ${verification.ordersSubsidyFen} fen = ledger ${verification.ledgerFen} fen; portions sold = order lines: ` +
      `${Number(portions.wrong) === 0 ? 'ok' : `${portions.wrong} items differ`}; tickets = orders: ${Number(tickets.wrong) === 0 ? 'ok' : `${tickets.wrong} counters differ`}`,
  );
  if (!consistent) {
    console.log(JSON.stringify({ orderMismatches: verification.orderMismatches, usageMismatches: verification.usageMismatches }, null, 2));
    failed = true;
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const api of apis) await api.stop().catch(() => undefined);
  await pool?.end().catch(() => undefined);
  if (failed) console.log(`API output kept in ${logFile}`);
  else rmSync(workDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

// ------------------------------------------------------------------------------------------- diagnosis

function printTrace(allRuns) {
  console.log();
  console.log('where an API order spends its time (BENCH_TRACE=1: statements timed inside the API process)');
  for (const run of allRuns.filter((item) => item.trace)) {
    const merged = mergeTraces(run.trace);
    const place = merged.routes.find((route) => route.route === 'POST /api/v1/orders 201');
    if (!place) continue;
    const perOrder = (ms) => fixed(ms / place.count, 2);
    console.log(
      `\n  ${run.label}, ${run.clients} clients: ${fixed(place.statements / place.count, 1)} statements per order; ` +
        `request ${perOrder(place.wallMs)} ms = waiting on statements ${perOrder(place.dbMs)} ms (pool ${perOrder(place.poolMs)} ms) + ` +
        `the rest ${perOrder(place.wallMs - place.dbMs - place.poolMs)} ms; CPU ${fixed(merged.cpuMs / place.count, 2)} ms per order; ` +
        `event loop busy ${merged.elu}; transaction ${fixed(merged.transactions.totalMs / Math.max(1, merged.transactions.count), 2)} ms`,
    );
    if (process.env.BENCH_TRACE_SEQUENCE === '1') {
      console.log('    the statements of one order, in order:');
      for (const line of place.lastSequence ?? []) console.log(`      ${line}`);
    }
    for (const hold of merged.holds.sort((a, b) => b.totalMs - a.totalMs)) {
      console.log(`    held until COMMIT: ${hold.name.padEnd(18)} ${fixed(hold.totalMs / hold.count, 2)} ms avg, ${fixed(hold.maxMs)} ms max`);
    }
    const top = merged.statements.sort((a, b) => b.totalMs - a.totalMs).slice(0, 14);
    for (const statement of top) {
      console.log(
        `    ${fixed(statement.totalMs / place.count, 2).padStart(6)} ms/order  ${fixed(statement.count / place.count, 2).padStart(5)}×  ` +
          `${fixed(statement.totalMs / statement.count, 2).padStart(6)} ms avg  ${statement.sql.slice(0, 110)}`,
      );
    }
  }
}

function mergeTraces(traces) {
  const merge = (lists, key) => {
    const byKey = new Map();
    for (const entry of lists.flat()) {
      const into = byKey.get(entry[key]);
      if (!into) byKey.set(entry[key], { ...entry });
      else for (const [field, value] of Object.entries(entry)) if (typeof value === 'number') into[field] = field === 'maxMs' ? Math.max(into[field], value) : into[field] + value;
    }
    return [...byKey.values()];
  };
  const sum = (pick) => traces.reduce((total, trace) => total + pick(trace), 0);
  return {
    statements: merge(traces.map((trace) => trace.statements), 'sql'),
    routes: merge(traces.map((trace) => trace.routes), 'route'),
    holds: merge(traces.map((trace) => trace.holds), 'name'),
    transactions: { count: sum((trace) => trace.transactions.count), totalMs: sum((trace) => trace.transactions.totalMs) },
    cpuMs: sum((trace) => trace.cpuMs),
    elu: traces.map((trace) => fixed(trace.eventLoopUtilization * 100, 0) + ' %').join(' / '),
  };
}
