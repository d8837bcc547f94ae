import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type ApiProcess, startApiProcess } from './api-process.js';
import type { TestApp } from './test-app.js';
import { testDatabaseUrl } from './test-database.js';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  body: any;
}

export interface OrderServers {
  /** Where requests go: the test app, and on MySQL a second API process on the same database. */
  urls: string[];
  stop(): Promise<void>;
}

/**
 * The test app listening on 127.0.0.1, and on MySQL/MariaDB a second real API process (the built
 * dist/main.js) on the same database with the test app's secrets, so simultaneous requests can be split
 * between two processes. On SQLite only the test app: the embedded database serves one process.
 */
export async function startOrderServers(t: TestApp): Promise<OrderServers> {
  await t.app.listen(0, '127.0.0.1');
  const own = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const databaseUrl = testDatabaseUrl();
  let second: ApiProcess | null = null;
  if (databaseUrl) {
    second = await startApiProcess({
      databaseUrl,
      jwtSecret: t.config.jwt.secret,
      dataKeyHex: t.config.dataKey.toString('hex'),
    });
  }
  return {
    urls: second ? [own, second.url] : [own],
    stop: async () => {
      await second?.stop();
    },
  };
}

export interface OrderRequest {
  /** X-Device-Token of the kiosk placing it. */
  device: string;
  body: Record<string, unknown>;
}

/** A kiosk order body with the defaults the order test kit uses (fresh key, dine-in, cash). */
export function orderBody(body: Record<string, unknown>): Record<string, unknown> {
  return { idempotencyKey: randomUUID(), channel: 'DINE_IN', payment: { method: 'CASH' }, ...body };
}

/**
 * Sends every request at once (none waits for another), alternating between the servers, and answers
 * status and body of each in the order given. Each request is bounded by `timeoutMs`.
 */
export async function placeAtOnce(urls: readonly string[], requests: readonly OrderRequest[], timeoutMs = 20_000): Promise<Answer[]> {
  return Promise.all(
    requests.map(async ({ device, body }, index) => {
      const response = await fetch(`${urls[index % urls.length]}/api/v1/orders`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-device-token': device },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: kept as text, so a failing expectation shows it
      }
      return { status: response.status, body: parsed };
    }),
  );
}

/** How many answers had each status, e.g. `{ 201: 20, 409: 180 }`. */
export function countStatuses(answers: readonly Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}
