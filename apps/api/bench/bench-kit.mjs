// Small helpers the benchmarks share: bounded client loops with latency percentiles, the built API as a
// child process, and a fixed-width table.
import { fork } from 'node:child_process';
import { openSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const API_SERVER = fileURLToPath(new URL('./api-server.mjs', import.meta.url));

/** The value at quantile `q` (0..1) of ascending `sorted`: the smallest value with at least q of the sample at or below it. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs `clients` concurrent loops, each calling `once(client, index)` for the next index until `total`
 * calls were started or `seconds` have passed (whichever comes first), and measures every call.
 * `once` answers true on success; anything else (false, or a thrown error) is counted as a failure under
 * its label, and the loop goes on.
 */
export async function runClients({ clients, total, seconds, once }) {
  const latencies = [];
  const failures = new Map();
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  async function loop(client) {
    while (next < total && performance.now() < deadline) {
      const index = next;
      next += 1;
      const callStarted = performance.now();
      let outcome;
      try {
        outcome = await once(client, index);
      } catch (error) {
        outcome = error instanceof Error ? error.message.slice(0, 160) : String(error);
      }
      const ms = performance.now() - callStarted;
      if (outcome === true) latencies.push(ms);
      else failures.set(String(outcome), (failures.get(String(outcome)) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const failed = [...failures.values()].reduce((sum, count) => sum + count, 0);
  return {
    clients,
    ok: latencies.length,
    failed,
    failures: [...failures].map(([label, count]) => `${count}× ${label}`),
    seconds: elapsed,
    perSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
  };
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN where it cannot be read. */
export function cpuSecondsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // fields[11] and [12] are utime and stime (the 14th and 15th of the whole line), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** The pid of the local MariaDB/MySQL server, if it runs on this machine and /proc shows it. */
export function databaseServerPid() {
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
        if (name === 'mariadbd' || name === 'mysqld') return Number(entry);
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
  return null;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built API (bench/api-server.mjs: dist's createApp, listening on 127.0.0.1) as a child process
 * with `env`, its output appended to `logFile`, and waits (bounded) until it is listening and /api/health
 * answers. Returns its URL, a way to ask it for its trace figures, and `stop()`.
 */
export async function startApiProcess({ env, logFile, timeoutMs = 60_000 }) {
  const log = openSync(logFile, 'a');
  const child = fork(API_SERVER, [], {
    env: { ...env, PORT: String(await freePort()) },
    stdio: ['ignore', log, log, 'ipc'],
  });
  const waiting = new Map();
  child.on('message', (message) => {
    const resolve = waiting.get(message?.type);
    if (resolve) {
      waiting.delete(message.type);
      resolve(message);
    }
  });
  const next = (type, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.delete(type);
        reject(new Error(`API process: no ${type} within ${ms} ms (see ${logFile})`));
      }, ms);
      timer.unref();
      waiting.set(type, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = await Promise.race([
    next('ready', timeoutMs),
    exited.then(({ code, signal }) => {
      throw new Error(`API process exited before listening (code ${code}, signal ${signal}); see ${logFile}`);
    }),
  ]);
  const url = `http://127.0.0.1:${ready.port}`;
  const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
  if (!health.ok) throw new Error(`API process at ${url}: /api/health answered ${health.status}`);
  return {
    url,
    pid: child.pid,
    async reset() {
      const done = next('reset-done', 10_000);
      child.send({ type: 'reset' });
      await done;
    },
    async stats() {
      const answer = next('stats', 10_000);
      child.send({ type: 'stats' });
      return (await answer).stats;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A fixed-width text table: `columns` are [header, width, align]; rows are arrays of strings. */
export function table(columns, rows) {
  const cell = (text, [, width, align]) => (align === 'left' ? String(text).padEnd(width) : String(text).padStart(width));
  const lines = [columns.map((column) => cell(column[0], column)).join('  ')];
  lines.push(columns.map(([, width]) => '-'.repeat(width)).join('  '));
  for (const row of rows) lines.push(row.map((text, index) => cell(text, columns[index])).join('  '));
  return lines.join('\n');
}

export const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
