// @ts-check
/**
 * The admin as a district official uses it: signing in (and being refused with a wrong password), and
 * the canteen list showing exactly the canteens of the official's own district.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_PASSWORD, eventually, problemsOf, screenshot, useStack, visibleText } from './harness.mjs';

const XISHAN_PREFIX = '530112';
const CHENGGONG_PREFIX = '530114';

const stack = useStack('admin');

/** @param {import('playwright-core').Page} page */
function usernameInput(page) {
  return page.getByRole('textbox', { name: /用户名|账号|username/i });
}

/** @param {import('playwright-core').Page} page */
function passwordInput(page) {
  return page.getByLabel(/密码|password/i);
}

/** @param {import('playwright-core').Page} page */
function loginButton(page) {
  return page.getByRole('button', { name: /登\s*录|sign in|log in/i });
}

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
 * All canteens a user sees through the API (every page).
 * @param {string} username
 * @returns {Promise<{ name: string, code: string, regionCode: string }[]>}
 */
async function canteensVisibleTo(username) {
  const accessToken = await stack.api.login(username);
  /** @type {{ name: string, code: string, regionCode: string }[]} */
  const canteens = [];
  for (let page = 1; ; page += 1) {
    /** @type {{ items: { name: string, code: string, regionCode: string }[], total: number }} */
    const result = await stack.api.request(`/api/v1/canteens?page=${page}&pageSize=100`, { accessToken });
    canteens.push(...result.items);
    if (result.items.length === 0 || canteens.length >= result.total) return canteens;
  }
}

describe('admin', { timeout: 180_000 }, () => {
  test('a wrong password shows an error and stays on the login page', async () => {
    const page = await stack.newPage();
    await submitLogin(page, 'xishan', 'not-the-password');

    const error = page.getByRole('alert').filter({ hasText: /用户名或密码|密码错误|wrong|incorrect|invalid/i });
    await error.first().waitFor({ state: 'visible' });
    await loginButton(page).waitFor({ state: 'visible' });
    assert.match(new URL(page.url()).pathname, /^\/admin\/login/);
    const accessToken = await page.evaluate(() => sessionStorage.getItem('canteen-admin.accessToken'));
    assert.equal(accessToken, null, 'no session after a refused login');
    await screenshot(page, 'admin-login-refused');
  });

  test('xishan signs in and sees the Xishan canteens only', async () => {
    const xishanCanteens = await canteensVisibleTo('xishan');
    const allCanteens = await canteensVisibleTo('admin');
    const chenggongCanteens = allCanteens.filter((canteen) => canteen.regionCode.startsWith(CHENGGONG_PREFIX));
    assert.ok(xishanCanteens.length > 0, 'the demo seed has canteens in Xishan');
    assert.ok(chenggongCanteens.length > 0, 'the demo seed has canteens in Chenggong');
    assert.ok(
      xishanCanteens.every((canteen) => canteen.regionCode.startsWith(XISHAN_PREFIX)),
      'the API scopes xishan to 530112',
    );

    const page = await stack.newPage();
    await submitLogin(page, 'xishan', DEMO_PASSWORD);
    await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));

    await page.getByRole('link', { name: /食堂|canteens/i }).first().click();
    await page.waitForURL((url) => url.pathname === '/admin/canteens');

    // The first page of the list: as many Xishan canteens as fit on it, in any order.
    const rows = page.getByRole('row');
    await eventually(async () => {
      const text = await visibleText(page);
      const shown = xishanCanteens.filter((canteen) => text.includes(canteen.name));
      assert.ok(shown.length > 0, 'no Xishan canteen on the canteen list');
      const bodyRows = (await rows.count()) - 1; // minus the header row
      assert.equal(shown.length, Math.min(xishanCanteens.length, bodyRows), 'every row is a Xishan canteen');
    });

    const text = await visibleText(page);
    const leaked = chenggongCanteens.filter((canteen) => text.includes(canteen.name) || text.includes(canteen.code));
    assert.deepEqual(leaked.map((canteen) => canteen.name), [], 'Chenggong canteens shown to a Xishan official');
    assert.ok(!text.includes('呈贡'), 'nothing from 呈贡区 on the Xishan canteen list');
    await screenshot(page, 'admin-canteens');

    assert.deepEqual(
      problemsOf(page).filter((problem) => !problem.startsWith('console.error')),
      [],
      'page errors or HTTP 5xx while using the admin',
    );
  });
});
