// @ts-check
/**
 * End-to-end harness: starts the built API (which also serves the built kiosk and admin) on a free port
 * with a fresh data folder and the demo seed, launches Debian's Chromium through playwright-core, and
 * tears everything down again with bounded waits.
 *
 * Use from a test file:
 *
 *   const stack = useStack('kiosk');   // registers before/after hooks of node:test
 *   test('…', async () => { const page = await stack.newPage(); … });
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const TESTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(TESTS_DIR, '..');
export const ARTIFACTS_DIR = path.join(TESTS_DIR, 'artifacts');
/** The built API; E2E_API_ENTRY points the suite at another build (e.g. to debug the harness). */
export const API_ENTRY = process.env.E2E_API_ENTRY ?? path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
export const AXE_SCRIPT = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'));

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEMO_PASSWORD = 'Demo@2026';

/** The API's first start runs migrations, seeds the demo data and hashes passwords: give it time. */
const API_START_TIMEOUT_MS = 120_000;
const API_STOP_TIMEOUT_MS = 10_000;
const BROWSER_CLOSE_TIMEOUT_MS = 10_000;

/**
 * Rejects after `ms` with `message`, so that no wait in the harness can hang a run.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} (after ${ms} ms)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves to true when `promise` settles within `ms`, false otherwise; leaves no timer behind (a pending
 * timer would keep the test process alive).
 * @param {Promise<unknown>} promise
 * @param {number} ms
 */
async function settlesWithin(promise, ms) {
  try {
    await withTimeout(promise, ms, 'timed out');
    return true;
  } catch {
    return false;
  }
}

/**
 * Polls `check` until it returns without throwing, or throws its last error after `timeoutMs`.
 * For expectations on things that settle asynchronously (page text after a request, a file appearing).
 * @template T
 * @param {() => Promise<T> | T} check
 * @param {{ timeoutMs?: number, intervalMs?: number }} [options]
 * @returns {Promise<T>}
 */
export async function eventually(check, { timeoutMs = 15_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(intervalMs);
  }
}

/** @returns {Promise<number>} a TCP port that was free a moment ago */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last lines a process printed, for error messages when it misbehaves. */
class OutputTail {
  /** @param {number} maxLines */
  constructor(maxLines) {
    this.maxLines = maxLines;
    /** @type {string[]} */
    this.lines = [];
  }
  /** @param {Buffer | string} chunk */
  push(chunk) {
    this.lines.push(...String(chunk).split('\n').filter((line) => line.length > 0));
    if (this.lines.length > this.maxLines) this.lines.splice(0, this.lines.length - this.maxLines);
  }
  toString() {
    return this.lines.join('\n');
  }
}

/** API processes started and not yet stopped. @type {Set<ApiProcess>} */
const liveApis = new Set();
let lastResortCleanupInstalled = false;

/**
 * Never leave an API behind: it runs in its own process group, so neither Ctrl-C in the terminal nor the
 * test runner killing this file's process reaches it. On exit or on a terminating signal, kill every API
 * still running, then let the signal do what it would have done.
 */
function installLastResortCleanup() {
  if (lastResortCleanupInstalled) return;
  lastResortCleanupInstalled = true;
  const killAll = () => {
    for (const api of liveApis) api.signal('SIGKILL');
  };
  process.once('exit', killAll);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      killAll();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * A running API process in its own process group (so that stopping it also stops anything it spawned).
 */
export class ApiProcess {
  /**
   * @param {{ name: string, env?: Record<string, string | undefined> }} options
   */
  static async start({ name, env = {} }) {
    if (!existsSync(API_ENTRY)) {
      throw new Error(`${API_ENTRY} does not exist: build first (pnpm build, or bash scripts/test.sh).`);
    }
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const dataDir = await mkdtemp(path.join(tmpdir(), `canteen-e2e-${name}-`));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    /** @type {NodeJS.ProcessEnv} */
    const childEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DEMO_SEED: 'true' };
    // The stack under test is the embedded default in development mode, whatever the calling shell has.
    delete childEnv.DATABASE_URL;
    delete childEnv.NODE_ENV;
    Object.assign(childEnv, env);
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];

    const logPath = path.join(ARTIFACTS_DIR, `api-${name}.log`);
    const logFile = createWriteStream(logPath);
    const child = spawn(process.execPath, [API_ENTRY], {
      cwd: REPO_ROOT,
      env: childEnv,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, { name, dataDir, port, baseUrl, logPath, logFile });
    try {
      await api.waitUntilHealthy();
      api.demoKioskToken = await api.readDemoKioskToken();
    } catch (error) {
      await api.stop();
      throw new Error(
        `${/** @type {Error} */ (error).message}\n--- last API output (${logPath}) ---\n${api.output}`,
        { cause: error },
      );
    }
    return api;
  }

  /**
   * @param {import('node:child_process').ChildProcess} child
   * @param {{ name: string, dataDir: string, port: number, baseUrl: string, logPath: string,
   *           logFile: import('node:fs').WriteStream }} info
   */
  constructor(child, info) {
    this.child = child;
    this.name = info.name;
    this.dataDir = info.dataDir;
    this.port = info.port;
    this.baseUrl = info.baseUrl;
    this.logPath = info.logPath;
    this.logFile = info.logFile;
    this.demoKioskToken = '';
    this.tail = new OutputTail(60);
    /** @type {number | null} */
    this.exitCode = null;
    /** @type {NodeJS.Signals | null} */
    this.exitSignal = null;
    /** @type {unknown} the body of the first healthy /api/health */
    this.health = null;
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code ?? (signal ? 128 : -1);
        this.exitSignal = signal;
        resolve(undefined);
      });
    });
    /** Resolves once stdout/stderr are drained too (after `exit`), so the log has the last words. */
    this.closed = new Promise((resolve) => child.once('close', () => resolve(undefined)));
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk) => {
        this.tail.push(chunk);
        this.logFile.write(chunk);
      });
    }
    liveApis.add(this);
    installLastResortCleanup();
  }

  get output() {
    return this.tail.toString();
  }

  /** Signals the API's whole process group while the API runs. @param {NodeJS.Signals} signal */
  signal(signal) {
    if (this.exitCode !== null) return;
    this.signalGroup(signal);
  }

  /** @param {NodeJS.Signals} signal */
  signalGroup(signal) {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // the group is gone already
    }
  }

  async waitUntilHealthy() {
    const deadline = Date.now() + API_START_TIMEOUT_MS;
    let lastProblem = 'no answer yet';
    while (Date.now() < deadline) {
      if (this.exitCode !== null) {
        const how = this.exitSignal ? `was killed by ${this.exitSignal}` : `exited with code ${this.exitCode}`;
        throw new Error(`The API ${how} before it was healthy`);
      }
      try {
        const response = await fetch(`${this.baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
        const body = await response.text();
        if (response.ok) {
          this.health = JSON.parse(body);
          return;
        }
        lastProblem = `HTTP ${response.status}: ${body.slice(0, 200)}`;
      } catch (error) {
        lastProblem = /** @type {Error} */ (error).message;
      }
      await sleep(250);
    }
    throw new Error(`The API did not answer /api/health within ${API_START_TIMEOUT_MS} ms (${lastProblem})`);
  }

  /** The demo seed writes a paired kiosk token next to the database. */
  async readDemoKioskToken() {
    const tokenFile = path.join(this.dataDir, 'demo-kiosk-token.txt');
    const token = await eventually(
      async () => {
        const text = (await readFile(tokenFile, 'utf8')).trim();
        if (!text) throw new Error(`${tokenFile} is empty`);
        return text;
      },
      { timeoutMs: 15_000, intervalMs: 250 },
    ).catch((error) => {
      throw new Error(`The demo seed did not write ${tokenFile}: ${error.message}`);
    });
    return token;
  }

  async stop() {
    this.signal('SIGTERM');
    if (!(await settlesWithin(this.exited, API_STOP_TIMEOUT_MS))) {
      this.signal('SIGKILL');
      await settlesWithin(this.exited, 2_000);
    }
    // The API's children (if any) share its process group: make sure none outlives it.
    this.signalGroup('SIGKILL');
    liveApis.delete(this);
    await settlesWithin(this.closed, 2_000);
    await new Promise((resolve) => this.logFile.end(resolve));
    await rm(this.dataDir, { recursive: true, force: true, maxRetries: 3 });
  }

  // ------------------------------------------------------------------------------------------- HTTP

  /**
   * Calls the API and returns the parsed JSON body; throws with the status and body on a non-2xx.
   * @param {string} apiPath e.g. `/api/v1/canteens`
   * @param {{ method?: string, body?: unknown, accessToken?: string, deviceToken?: string }} [options]
   */
  async request(apiPath, { method = 'GET', body, accessToken, deviceToken } = {}) {
    /** @type {Record<string, string>} */
    const headers = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    if (deviceToken) headers['x-device-token'] = deviceToken;
    const response = await fetch(`${this.baseUrl}${apiPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${apiPath} → HTTP ${response.status}: ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** @param {string} username @param {string} [password] @returns {Promise<string>} access token */
  async login(username, password = DEMO_PASSWORD) {
    const result = await this.request('/api/v1/auth/login', { method: 'POST', body: { username, password } });
    if (typeof result?.accessToken !== 'string') throw new Error(`login as ${username} returned no accessToken`);
    return result.accessToken;
  }
}

/**
 * Headless Chromium (Debian's, never a downloaded one). playwright-core gives every launch a fresh,
 * temporary user-data-dir and removes it on close.
 */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium fonts-noto-cjk`);
  }
  return withTimeout(
    chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }),
    60_000,
    `Chromium (${CHROMIUM_PATH}) did not start`,
  );
}

/**
 * Registers node:test hooks that start the API and Chromium before the file's tests and stop them
 * after. Returns an object whose fields are filled once `before` ran.
 * @param {string} name used for the data folder and log file (tests/artifacts/api-<name>.log)
 */
export function useStack(name) {
  const stack = {
    /** @type {ApiProcess} */ api: /** @type {any} */ (null),
    /** @type {import('playwright-core').Browser} */ browser: /** @type {any} */ (null),
    /** @type {import('playwright-core').BrowserContext[]} */ contexts: [],
    /**
     * A page in a fresh browser context (own localStorage / sessionStorage), zh-CN, Asia/Shanghai.
     * @param {{ width?: number, height?: number }} [viewport]
     */
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await stack.browser.newContext({
        viewport: { width, height },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
      });
      context.setDefaultTimeout(15_000);
      context.setDefaultNavigationTimeout(30_000);
      stack.contexts.push(context);
      const page = await context.newPage();
      trackPageErrors(page);
      return page;
    },
  };

  // The state every page of a test ended in (pass or fail: node:test does not tell a hook which), then a
  // clean slate for the next test.
  let testNumber = 0;
  afterEach(async () => {
    testNumber += 1;
    const contexts = stack.contexts.splice(0);
    let pageNumber = 0;
    for (const context of contexts) {
      for (const page of context.pages()) {
        pageNumber += 1;
        const file = `${name}-test${testNumber}-page${pageNumber}-final`;
        await withTimeout(screenshot(page, file, { fullPage: false }), 10_000, 'final screenshot').catch(() => {});
      }
      await withTimeout(context.close(), BROWSER_CLOSE_TIMEOUT_MS, 'closing a browser context').catch(() => {});
    }
  });

  before(async () => {
    const [api, browser] = await Promise.allSettled([ApiProcess.start({ name }), launchBrowser()]);
    if (api.status === 'fulfilled') stack.api = api.value;
    if (browser.status === 'fulfilled') stack.browser = browser.value;
    // `after` still runs and stops whichever of the two did start.
    if (api.status === 'rejected') throw api.reason;
    if (browser.status === 'rejected') throw browser.reason;
  }, { timeout: API_START_TIMEOUT_MS + 30_000 });

  after(async () => {
    for (const context of stack.contexts) {
      await withTimeout(context.close(), BROWSER_CLOSE_TIMEOUT_MS, 'closing a browser context').catch(() => {});
    }
    if (stack.browser) {
      await withTimeout(stack.browser.close(), BROWSER_CLOSE_TIMEOUT_MS, 'closing Chromium').catch(() => {});
    }
    if (stack.api) await stack.api.stop();
  }, { timeout: 60_000 });

  return stack;
}

/** Uncaught page errors, console errors and HTTP 5xx answers seen by a page. */
const pageProblems = new WeakMap();

/** @param {import('playwright-core').Page} page */
function trackPageErrors(page) {
  /** @type {string[]} */
  const problems = [];
  pageProblems.set(page, problems);
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is also logged as "Failed to load resource": the response handler judges those
    // (a 4xx can be the expected answer; the browser's own /favicon.ico probe is no app error).
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
}

/** @param {import('playwright-core').Page} page @returns {string[]} */
export function problemsOf(page) {
  return pageProblems.get(page) ?? [];
}

/**
 * Saves a screenshot to tests/artifacts/<name>.png and returns its path. `fullPage: false` keeps exactly
 * the viewport (the kiosk's 1080×1920 screen).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {{ fullPage?: boolean }} [options]
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/**
 * @typedef {{ id: string, impact?: string | null, help: string, nodes: { target: unknown[] }[] }} AxeViolation
 */

/**
 * Runs axe-core in the page and returns the violations of the given impacts (default serious and
 * critical), each summarised as `id (impact): help — selectors`.
 * @param {import('playwright-core').Page} page
 * @param {{ impacts?: string[] }} [options]
 */
export async function axeViolations(page, { impacts = ['serious', 'critical'] } = {}) {
  await page.addScriptTag({ path: AXE_SCRIPT });
  /** @type {AxeViolation[]} */
  const violations = await page.evaluate(async () => {
    /** @type {{ run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> }} */
    // @ts-expect-error axe is the global the injected script defines
    const axe = window.axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations
    .filter((violation) => impacts.includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}${violation.nodes.length > 5 ? ` … and ${violation.nodes.length - 5} more` : ''}`,
    );
}

/**
 * The zh-CN copy of an app (apps/<app>/src/locales/zh-CN.json): tests find buttons and messages by the
 * words a user reads, without repeating them here.
 * @param {'kiosk' | 'admin'} app
 * @returns {Promise<Record<string, any>>}
 */
export async function loadLocale(app) {
  return JSON.parse(await readFile(path.join(REPO_ROOT, 'apps', app, 'src', 'locales', 'zh-CN.json'), 'utf8'));
}

/**
 * The page's visible text (innerText of <body>), whitespace collapsed.
 * @param {import('playwright-core').Page} page
 */
export async function visibleText(page) {
  const text = await page.locator('body').innerText();
  return text.replace(/\s+/g, ' ');
}
