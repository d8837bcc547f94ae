// @ts-check
/**
 * The admin as a district official uses it: being refused with a wrong password, signing in, and the
 * canteen list showing the canteens of the official's own district and nothing of a neighbouring one.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { DEMO_PASSWORD, eventually, loadLocale, problemsOf, screenshot, useStack, visibleText } from './harness.mjs';

const XISHAN_PREFIX = '530112';
const CHENGGONG_PREFIX = '530114';
/** sessionStorage key of the admin's access token (apps/admin/src/utils/session.ts). */
const ACCESS_TOKEN_KEY = 'canteen-admin.accessToken';
/** The canteen list's first page size (apps/admin/src/stores/canteen-filters.ts). */
const DEFAULT_PAGE_SIZE = 20;

const stack = useStack('admin');
/** @type {Record<string, any>} */
let copy;
before(async () => {
  copy = await loadLocale('admin');
});

// Not `exact`: Element Plus puts the required-field asterisk into the label ("*用户名").
/** @param {import('playwright-core').Page} page */
const usernameInput = (page) => page.getByRole('textbox', { name: copy.login.username });
/** @param {import('playwright-core').Page} page */
const passwordInput = (page) => page.getByRole('textbox', { name: copy.login.password });
/** @param {import('playwright-core').Page} page */
const loginButton = (page) => page.getByRole('button', { name: copy.login.submit, exact: true });

/**
 * @param {import('playwright-core').Page} page
 * @param {string} username
 * @param {string} password
 */
async function submitLogin(page, username, password) {
  await page.goto(`${stack.api.baseUrl}/admin/`);
  await usernameInput(page).fill(username);
  await passwordInput(page).fill(password);
  await loginButton(page).click();
}

/**
 * @typedef {{ id: string, code: string, name: string, regionCode: string }} Canteen
 * @typedef {{ items: Canteen[], total: number, page: number, pageSize: number }} CanteenPage
 */

/**
 * One page of the canteen list as `username` gets it from the API.
 * @param {string} accessToken
 * @param {number} page
 * @param {number} pageSize
 * @returns {Promise<CanteenPage>}
 */
function canteenPage(accessToken, page, pageSize) {
  return stack.api.request(`/api/v1/canteens?page=${page}&pageSize=${pageSize}`, { accessToken });
}

/** @param {string} accessToken @returns {Promise<Canteen[]>} every canteen the token's user sees */
async function allCanteens(accessToken) {
  /** @type {Canteen[]} */
  const canteens = [];
  for (let page = 1; ; page += 1) {
    const result = await canteenPage(accessToken, page, 100);
    canteens.push(...result.items);
    if (result.items.length === 0 || canteens.length >= result.total) return canteens;
  }
}

/**
 * The texts of one column of the table in the page's main region, found by its header.
 * @param {import('playwright-core').Page} page
 * @param {string} header
 * @returns {Promise<string[]>}
 */
async function columnTexts(page, header) {
  const main = page.getByRole('main');
  const headers = (await main.getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
  const column = headers.indexOf(header);
  assert.ok(column >= 0, `no "${header}" column in ${JSON.stringify(headers)}`);
  const rows = await main.getByRole('row').filter({ has: page.getByRole('cell') }).all();
  return Promise.all(rows.map(async (row) => (await row.getByRole('cell').nth(column).innerText()).trim()));
}

describe('admin', { timeout: 180_000 }, () => {
  test('a wrong password shows an error and stays on the login page', async () => {
    const page = await stack.newPage();
    await submitLogin(page, 'xishan', 'not-the-password');

    const alert = page.getByRole('alert').filter({ hasText: copy.errors.AUTH_INVALID_CREDENTIALS });
    await alert.waitFor({ state: 'visible' });
    await loginButton(page).waitFor({ state: 'visible' });
    assert.match(new URL(page.url()).pathname, /^\/admin\/login/, 'still on the login page');
    assert.equal(
      await page.evaluate((key) => sessionStorage.getItem(key), ACCESS_TOKEN_KEY),
      null,
      'no session after a refused login',
    );
    await screenshot(page, 'admin-login-refused');
  });

  test('xishan signs in and sees the Xishan canteens only', async () => {
    const xishanToken = await stack.api.login('xishan');
    const xishanFirstPage = await canteenPage(xishanToken, 1, DEFAULT_PAGE_SIZE);
    const xishanAll = await allCanteens(xishanToken);
    const chenggong = (await allCanteens(await stack.api.login('admin'))).filter((canteen) =>
      canteen.regionCode.startsWith(CHENGGONG_PREFIX),
    );
    assert.ok(xishanFirstPage.items.length > 0, 'the demo seed has canteens in Xishan');
    assert.ok(chenggong.length > 0, 'the demo seed has canteens in Chenggong');
    assert.deepEqual(
      xishanAll.filter((canteen) => !canteen.regionCode.startsWith(XISHAN_PREFIX)).map((canteen) => canteen.name),
      [],
      'GET /api/v1/canteens as xishan returns Xishan (530112…) canteens only',
    );

    const page = await stack.newPage();
    await submitLogin(page, 'xishan', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));

    await page.getByRole('menuitem', { name: copy.nav.canteens, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/admin/canteens');

    await eventually(async () => {
      const shown = await columnTexts(page, copy.canteens.fields.name);
      assert.deepEqual(
        [...shown].sort(),
        xishanFirstPage.items.map((canteen) => canteen.name).sort(),
        'canteens on the first page of the list vs GET /api/v1/canteens as xishan',
      );
    });
    const totalText = copy.canteens.total.replace('{count}', String(xishanFirstPage.total));
    await page.getByText(totalText, { exact: true }).waitFor({ state: 'visible' });

    const text = await visibleText(page);
    const leaked = chenggong.filter((canteen) => text.includes(canteen.name) || text.includes(canteen.code));
    assert.deepEqual(
      leaked.map((canteen) => canteen.name),
      [],
      'Chenggong canteens on a Xishan official’s list',
    );
    assert.ok(!text.includes('呈贡'), 'nothing from 呈贡区 on a Xishan official’s list');
    await screenshot(page, 'admin-canteens');

    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx while using the admin');
  });

  test('xishan opens 老人管理: the elders of Xishan with masked ID numbers, counted as the API counts them', async () => {
    const token = await stack.api.login('xishan');
    /** @type {{ total: number, items: { name: string, idNumberMasked: string, cardNumber: string | null }[] }} */
    const firstPage = await stack.api.request('/api/v1/elders?page=1&pageSize=20', { accessToken: token });
    assert.ok(firstPage.total > 100, 'the demo seed registers a few hundred elders in Xishan');

    const page = await stack.newPage();
    await submitLogin(page, 'xishan', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    await page.getByRole('menuitem', { name: copy.nav.elders, exact: true }).click();

    const totalText = copy.elders.total.replace('{count}', String(firstPage.total));
    await page.getByText(totalText, { exact: true }).waitFor({ state: 'visible' });
    const text = await visibleText(page);
    assert.ok(text.includes(firstPage.items[0].idNumberMasked), 'masked ID numbers are shown');
    assert.ok(!/\d{17}[\dX]/.test(text), 'no full resident ID number anywhere on the page');
    await screenshot(page, 'admin-elders');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx on the elder list');
  });
});
