// The built API for benchmarks: the same application as dist/main.js (createApp + the validated config from
// the environment), but listening on 127.0.0.1 only, and, started with an IPC channel (child_process.fork),
// answering the bench's questions. With BENCH_TRACE=1 it also times every statement the API sends to
// MySQL (mysql2 is patched in this process only) and every HTTP request, so the bench can say where a
// request's time goes: round trips, lock waits, pool waits, or JavaScript.
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const TRACE = process.env.BENCH_TRACE === '1';
const requests = new AsyncLocalStorage();

/** Per normalised statement: count, total and max milliseconds. */
let statements = new Map();
/** Per HTTP request (route + status): count, wall ms, ms waiting on statements, statement count, pool waits. */
let routes = new Map();
/** Hold times of the hot rows: from the first statement touching them to the end of COMMIT. */
let holds = new Map();
let transactions = { count: 0, totalMs: 0, maxMs: 0 };
let poolWait = { count: 0, totalMs: 0, maxMs: 0 };
let cpuStart = process.cpuUsage();
let eluStart = performance.eventLoopUtilization();
let wallStart = performance.now();

const HOT_ROWS = [
  ['audit chain head', /audit_chain_head|`audit_chains`|audit_chains /],
  ['ticket_counters', /ticket_counters/],
  ['daily_menu_items', /^UPDATE `daily_menu_items`/],
  ['subsidy_budgets', /^UPDATE `subsidy_budgets`/],
];

function bump(map, key, ms) {
  const entry = map.get(key) ?? { count: 0, totalMs: 0, maxMs: 0 };
  entry.count += 1;
  entry.totalMs += ms;
  if (ms > entry.maxMs) entry.maxMs = ms;
  map.set(key, entry);
}

/** The statement without its literal values, so the same statement with other arguments counts once. */
function normalise(sql) {
  return String(sql)
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'/g, '?')
    .replace(/\b\d+\b/g, 'N')
    .replace(/\((?:\?, ?)+\?\)/g, '(?…)')
    .replace(/(?:\(\?…\), ?)+\(\?…\)/g, '(?…)…')
    .trim();
}

function ownerOf(prototype, name) {
  for (let proto = prototype; proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return proto;
  }
  throw new Error(`mysql2: no ${name} to trace`);
}

function installTrace() {
  const require = createRequire(new URL('../package.json', import.meta.url));
  const mysql = require('mysql2');
  const connectionProto = ownerOf(mysql.PoolConnection.prototype, 'query');
  const query = connectionProto.query;
  connectionProto.query = function tracedQuery(sql, values, callback) {
    if (typeof values === 'function') return tracedQuery.call(this, sql, undefined, values);
    const text = typeof sql === 'string' ? sql : sql?.sql;
    const started = performance.now();
    const request = requests.getStore();
    const holdsOf = (this.__benchHolds ??= new Map());
    const done = (error, ...rest) => {
      const ms = performance.now() - started;
      const key = normalise(text);
      bump(statements, key, ms);
      if (request) {
        request.dbMs += ms;
        request.statements += 1;
        request.sequence.push(`${ms.toFixed(2).padStart(7)} ms  ${key.slice(0, 150)}`);
      }
      if (text === 'START TRANSACTION') holdsOf.set('transaction', started);
      for (const [name, pattern] of HOT_ROWS) if (pattern.test(text) && !holdsOf.has(name)) holdsOf.set(name, started);
      if (text === 'COMMIT' || text === 'ROLLBACK') {
        const end = performance.now();
        for (const [name, from] of holdsOf) {
          if (name === 'transaction') {
            transactions.count += 1;
            transactions.totalMs += end - from;
            transactions.maxMs = Math.max(transactions.maxMs, end - from);
          } else bump(holds, name, end - from);
        }
        holdsOf.clear();
      }
      return callback?.(error, ...rest);
    };
    return values === undefined ? query.call(this, sql, done) : query.call(this, sql, values, done);
  };
  const poolProto = ownerOf(mysql.Pool.prototype, 'getConnection');
  const getConnection = poolProto.getConnection;
  poolProto.getConnection = function tracedGetConnection(callback) {
    const started = performance.now();
    const request = requests.getStore();
    return getConnection.call(this, (error, connection) => {
      const ms = performance.now() - started;
      poolWait.count += 1;
      poolWait.totalMs += ms;
      if (ms > poolWait.maxMs) poolWait.maxMs = ms;
      if (request) request.poolMs += ms;
      callback(error, connection);
    });
  };
}

function reset() {
  statements = new Map();
  routes = new Map();
  holds = new Map();
  transactions = { count: 0, totalMs: 0, maxMs: 0 };
  poolWait = { count: 0, totalMs: 0, maxMs: 0 };
  cpuStart = process.cpuUsage();
  eluStart = performance.eventLoopUtilization();
  wallStart = performance.now();
}

function stats() {
  const cpu = process.cpuUsage(cpuStart);
  const elu = performance.eventLoopUtilization(eluStart);
  return {
    wallMs: performance.now() - wallStart,
    cpuMs: (cpu.user + cpu.system) / 1000,
    eventLoopUtilization: elu.utilization,
    statements: [...statements].map(([sql, entry]) => ({ sql, ...entry })),
    routes: [...routes].map(([route, entry]) => ({ route, ...entry })),
    holds: [...holds].map(([name, entry]) => ({ name, ...entry })),
    transactions,
    poolWait,
  };
}

if (TRACE) installTrace();
const { createApp } = await import('../dist/app.factory.js');
const { loadConfig } = await import('../dist/config/app-config.js');
const config = loadConfig();
const app = await createApp(config);
if (TRACE) {
  // First in the chain, so the whole request (guards, pipes, service, serialisation) is inside the store.
  app.use((request, response, next) => {
    const store = { started: performance.now(), dbMs: 0, poolMs: 0, statements: 0, sequence: [] };
    response.on('finish', () => {
      const key = `${request.method} ${request.route?.path ?? request.path} ${response.statusCode}`;
      const entry = routes.get(key) ?? { count: 0, wallMs: 0, dbMs: 0, poolMs: 0, statements: 0, lastSequence: [] };
      entry.lastSequence = store.sequence;
      entry.count += 1;
      entry.wallMs += performance.now() - store.started;
      entry.dbMs += store.dbMs;
      entry.poolMs += store.poolMs;
      entry.statements += store.statements;
      routes.set(key, entry);
    });
    requests.run(store, next);
  });
}
await app.listen(config.port, '127.0.0.1');
process.send?.({ type: 'ready', port: app.getHttpServer().address().port });

// BENCH_CPU_PROFILE=<folder>: a CPU profile of each measured window (reset … stats), not of the start-up.
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE;
const profiler = PROFILE_DIR ? new Session() : null;
let profiles = 0;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
}

process.on('message', async (message) => {
  if (message?.type === 'reset') {
    if (profiler) await profiler.post('Profiler.start');
    reset();
    process.send?.({ type: 'reset-done' });
  } else if (message?.type === 'stats') {
    const figures = stats();
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      profiles += 1;
      writeFileSync(`${PROFILE_DIR}/api-${process.pid}-${profiles}.cpuprofile`, JSON.stringify(profile));
    }
    process.send?.({ type: 'stats', stats: figures });
  }
});

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await app.close().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.on('disconnect', shutdown);
