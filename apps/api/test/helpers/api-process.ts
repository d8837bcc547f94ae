import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built API entry (`pnpm --filter @canteen/api build`; scripts/test.sh builds before the integration steps). */
const API_ENTRY = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const OUTPUT_KEPT = 20_000;

export interface ApiProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** The tail of what it printed, for failure messages. */
  output(): string;
  /** SIGTERM, SIGKILL after 10 s; then its data folder is removed. */
  stop(): Promise<void>;
}

export interface ApiProcessOptions {
  /** The same database the test app uses (a mysql:// URL: the embedded SQLite serves one process only). */
  databaseUrl: string;
  /** The test app's secrets, so tokens either process issues work on both. */
  jwtSecret: string;
  dataKeyHex: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Starts a second, real API process (`node apps/api/dist/main.js`) on a free port against the same
 * database, and waits (bounded) until its /api/health answers. Migrations have run already (the test app
 * ran them), so it only connects. Stop it with `stop()` in an afterAll.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  if (!existsSync(API_ENTRY)) throw new Error(`${API_ENTRY} is missing: run pnpm --filter @canteen/api build first`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'canteen-api-process-'));
  const port = await freePort();
  const child = spawn(process.execPath, [API_ENTRY], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: options.jwtSecret,
      DATA_KEY: options.dataKeyHex,
      DEMO_SEED: 'false',
      DATA_DIR: dataDir,
      STATIC_ROOT: dataDir,
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Should the test run end without stop() (a crash, a timeout), the API does not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = exitOf(child);
  const url = `http://127.0.0.1:${port}`;

  async function stop(): Promise<void> {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  }

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`The second API process exited before it was healthy (code ${child.exitCode}):\n${output}`);
    }
    try {
      const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The second API process did not answer /api/health within the time allowed:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, output: () => output, stop };
}
