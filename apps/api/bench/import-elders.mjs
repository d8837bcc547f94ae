// Benchmark: import 10,000 elders from a roll through the real HTTP API, in batches of 500, and compare
// with a baseline in the same run: the dry run (every check, nothing written) of the same rows.
// Usage: pnpm bench:import [rows]   (DATABASE_URL=mysql://… for MySQL; the default is a fresh SQLite file)
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { residentIdCheckChar } from '@canteen/shared';
import { createApp } from '../dist/app.factory.js';
import { loadConfig } from '../dist/config/app-config.js';
import { DemoSeedService } from '../dist/database/seeds/demo-seed.service.js';

const ROWS = Number(process.argv[2] ?? 10_000);
const BATCH = 500;
const COMMUNITIES = ['530112001001', '530112002001', '530112003002', '530112004001', '530112005001', '530112006002'];

function rows(count) {
  const seen = new Set();
  const list = [];
  for (let index = 0; list.length < count; index += 1) {
    const year = 1930 + (index % 35);
    const day = `${String(1 + (index % 12)).padStart(2, '0')}${String(1 + (Math.floor(index / 12) % 28)).padStart(2, '0')}`;
    const first17 = `530112${year}${day}${String(Math.floor(index / 336) % 1000).padStart(3, '0')}`;
    if (seen.has(first17)) continue;
    seen.add(first17);
    list.push({
      rowNumber: list.length + 2,
      name: `测试老人${list.length}`,
      idNumber: first17 + residentIdCheckChar(first17),
      phone: `139${String(10_000_000 + list.length)}`,
      residentRegionCode: COMMUNITIES[list.length % COMMUNITIES.length],
      address: `基准路${list.length}号`,
      categories: list.length % 3 === 0 ? '低保' : '',
    });
  }
  return list;
}

async function timeBatches(baseUrl, token, endpoint, all) {
  const started = process.hrtime.bigint();
  let counted = 0;
  for (let start = 0; start < all.length; start += BATCH) {
    const response = await fetch(`${baseUrl}/api/v1/elders/import/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ rows: all.slice(start, start + BATCH) }),
    });
    if (!response.ok) throw new Error(`${endpoint} batch at ${start}: HTTP ${response.status} ${await response.text()}`);
    const report = await response.json();
    counted += endpoint === 'commit' ? report.created : report.rows.filter((row) => row.outcome === 'VALID').length;
  }
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, counted };
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canteen-bench-'));
const env = { NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_SEED: 'false', STATIC_ROOT: dataDir, LOGIN_RATE_LIMIT_PER_MINUTE: '1000' };
if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
const app = await createApp(loadConfig(env));
try {
  await app.init();
  await app.get(DemoSeedService).run();
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'xishan', password: 'Demo@2026' }),
  });
  const { accessToken } = await login.json();
  const all = rows(ROWS);
  const dryRun = await timeBatches(baseUrl, accessToken, 'validate', all);
  const commit = await timeBatches(baseUrl, accessToken, 'commit', all);
  if (commit.counted !== ROWS || dryRun.counted !== ROWS) throw new Error(`expected ${ROWS} rows, got ${dryRun.counted} / ${commit.counted}`);
  const database = env.DATABASE_URL ? 'MySQL' : 'SQLite';
  console.log(`elder import benchmark on ${database}: ${ROWS} rows in batches of ${BATCH}`);
  console.log(`  baseline dry run (all checks, no writes): ${dryRun.seconds.toFixed(2)} s  ${(ROWS / dryRun.seconds).toFixed(0)} rows/s`);
  console.log(`  import (checks, encryption, cards, categories, audit chain): ${commit.seconds.toFixed(2)} s  ${(ROWS / commit.seconds).toFixed(0)} rows/s`);
  console.log(`  ratio import / dry run: ${(commit.seconds / dryRun.seconds).toFixed(2)}`);
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
