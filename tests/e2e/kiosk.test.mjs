// @ts-check
/**
 * The kiosk as a canteen sees it: the first start asks for the device token once, then the menu being
 * served is on the screen, at the kiosk's portrait 1080×1920, without serious accessibility problems.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, eventually, problemsOf, screenshot, useStack, visibleText } from './harness.mjs';

/** localStorage key the kiosk keeps its device token under (apps/kiosk/src/utils/kiosk-storage.ts). */
const DEVICE_TOKEN_KEY = 'canteen.kiosk.deviceToken';
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };

const stack = useStack('kiosk');

/** @param {import('playwright-core').Page} page */
function tokenInput(page) {
  return page.getByRole('textbox', { name: /令牌|token/i });
}

/** @param {import('playwright-core').Page} page */
function pairButton(page) {
  return page.getByRole('button', { name: /配对|绑定|连接|确定|确认|pair|connect/i });
}

/** @param {import('playwright-core').Page} page */
async function openKiosk(page) {
  await page.goto(`${stack.api.baseUrl}/kiosk/`);
}

/**
 * Every dish of the menu the API serves this device must be on the screen.
 * @param {import('playwright-core').Page} page
 * @param {string[]} dishNames
 */
async function expectDishesShown(page, dishNames) {
  await eventually(
    async () => {
      const text = await visibleText(page);
      const missing = dishNames.filter((name) => !text.includes(name));
      assert.deepEqual(missing, [], `dishes of GET /api/v1/kiosk/menu missing on the kiosk screen`);
    },
    { timeoutMs: 20_000 },
  );
}

describe('kiosk', { timeout: 180_000 }, () => {
  test('refuses a wrong device token and keeps asking for one', async () => {
    const page = await stack.newPage(KIOSK_VIEWPORT);
    await openKiosk(page);

    await tokenInput(page).fill('not-a-real-device-token');
    await pairButton(page).click();

    await page.getByRole('alert').first().waitFor({ state: 'visible' });
    await tokenInput(page).waitFor({ state: 'visible' });
    const stored = await page.evaluate((key) => localStorage.getItem(key), DEVICE_TOKEN_KEY);
    assert.equal(stored, null, 'a refused token must not be stored');
    await screenshot(page, 'kiosk-pairing-refused', { fullPage: false });
  });

  test('pairs once with the demo token, then shows the menu being served', async () => {
    const token = stack.api.demoKioskToken;
    /** @type {{ canteen: { name: string }, items: { name: string }[] }} */
    const menu = await stack.api.request('/api/v1/kiosk/menu', { deviceToken: token });
    assert.ok(menu.items.length > 0, 'the demo seed serves dishes on the demo kiosk (GET /api/v1/kiosk/menu)');
    const dishNames = menu.items.map((item) => item.name);

    const page = await stack.newPage(KIOSK_VIEWPORT);
    await openKiosk(page);

    // First start: the pairing screen, checked for accessibility too (staff use it).
    await tokenInput(page).waitFor({ state: 'visible' });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the pairing screen');

    await tokenInput(page).fill(token);
    await pairButton(page).click();

    await expectDishesShown(page, dishNames);
    const stored = await page.evaluate((key) => localStorage.getItem(key), DEVICE_TOKEN_KEY);
    assert.equal(stored, token, 'the accepted token is kept in localStorage');
    assert.ok((await visibleText(page)).includes(menu.canteen.name), 'the canteen name is shown');
    await screenshot(page, 'kiosk-menu', { fullPage: false });

    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the menu screen');

    // The token is asked once: after a restart the kiosk goes straight to the menu.
    await page.reload();
    await expectDishesShown(page, dishNames);
    assert.equal(await tokenInput(page).count(), 0, 'a paired kiosk must not ask for the token again');

    assert.deepEqual(
      problemsOf(page).filter((problem) => !problem.startsWith('console.error')),
      [],
      'page errors or HTTP 5xx while using the kiosk',
    );
  });
});
