// @ts-check
/**
 * The kiosk as a canteen sees it: the first start asks for the device token once, then the menu being
 * served is on the screen, at the kiosk's portrait 1080×1920, without serious accessibility problems.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { axeViolations, eventually, loadLocale, problemsOf, screenshot, useStack, visibleText } from './harness.mjs';

/** localStorage key the kiosk keeps its device token under (apps/kiosk/src/utils/kiosk-storage.ts). */
const DEVICE_TOKEN_KEY = 'canteen.kiosk.deviceToken';
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };

const stack = useStack('kiosk');
/** @type {Record<string, any>} */
let copy;
before(async () => {
  copy = await loadLocale('kiosk');
});

/** @param {import('playwright-core').Page} page */
const tokenInput = (page) => page.getByRole('textbox', { name: copy.pairing.tokenLabel, exact: true });
/** @param {import('playwright-core').Page} page */
const pairButton = (page) => page.getByRole('button', { name: copy.pairing.submit, exact: true });
/** Dish cards are articles named by their dish (an h3). @param {import('playwright-core').Page} page */
const dishNamesOnScreen = (page) => page.getByRole('article').getByRole('heading', { level: 3 }).allInnerTexts();

/** @param {import('playwright-core').Page} page */
const browseMenuButton = (page) => page.getByRole('button', { name: copy.welcome.browseMenu, exact: true });

/** @param {import('playwright-core').Page} page @param {string} name */
const storedItem = (page, name) => page.evaluate((key) => localStorage.getItem(key), name);

/**
 * The dishes on screen are exactly those of the menu the API serves this device.
 * @param {import('playwright-core').Page} page
 * @param {string[]} expected
 */
async function expectDishes(page, expected) {
  await eventually(
    async () => {
      const shown = (await dishNamesOnScreen(page)).map((name) => name.trim());
      assert.deepEqual([...shown].sort(), [...expected].sort(), 'dish cards on the kiosk vs GET /api/v1/kiosk/menu');
    },
    { timeoutMs: 20_000 },
  );
}

describe('kiosk', { timeout: 180_000 }, () => {
  test('refuses a wrong device token, says why, and keeps asking', async () => {
    const page = await stack.newPage(KIOSK_VIEWPORT);
    await page.goto(`${stack.api.baseUrl}/kiosk/`);

    await tokenInput(page).fill('kd_not-a-real-device-token');
    await pairButton(page).click();

    const alert = page.getByRole('alert').filter({ hasText: copy.errors.DEVICE_TOKEN_INVALID });
    await alert.waitFor({ state: 'visible' });
    await tokenInput(page).waitFor({ state: 'visible' });
    assert.equal(await storedItem(page, DEVICE_TOKEN_KEY), null, 'a refused token must not be stored');
    assert.equal(await page.getByRole('article').count(), 0, 'no menu without a pairing');
    await screenshot(page, 'kiosk-pairing-refused', { fullPage: false });
  });

  test('pairs once with the demo token, then shows the menu being served', async () => {
    const token = stack.api.demoKioskToken;
    /** @type {{ canteen: { name: string }, items: { name: string }[] }} */
    const menu = await stack.api.request('/api/v1/kiosk/menu', { deviceToken: token });
    assert.ok(menu.items.length > 0, 'the demo seed serves dishes to the demo kiosk (GET /api/v1/kiosk/menu)');
    const dishNames = menu.items.map((item) => item.name);

    const page = await stack.newPage(KIOSK_VIEWPORT);
    await page.goto(`${stack.api.baseUrl}/kiosk/`);

    // First start: the pairing screen (staff use it: it is checked for accessibility too).
    await tokenInput(page).waitFor({ state: 'visible' });
    await screenshot(page, 'kiosk-pairing', { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the pairing screen');

    await tokenInput(page).fill(token);
    await pairButton(page).click();

    // Paired: the welcome screen, then the menu one tap away.
    await browseMenuButton(page).waitFor({ state: 'visible' });
    await screenshot(page, 'kiosk-welcome', { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the welcome screen');
    await browseMenuButton(page).click();
    await expectDishes(page, dishNames);
    assert.equal(await storedItem(page, DEVICE_TOKEN_KEY), token, 'the accepted token is kept in localStorage');
    assert.ok((await visibleText(page)).includes(menu.canteen.name), 'the canteen name is on screen');
    await screenshot(page, 'kiosk-menu', { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the menu screen');

    // The token is asked once: after a restart the kiosk is back where it was, with no pairing screen.
    await page.reload();
    await expectDishes(page, dishNames);
    assert.equal(await tokenInput(page).count(), 0, 'a paired kiosk must not ask for its token again');

    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx while using the kiosk');
  });

  test('identifies an elder by card (a scanner types it), greets by masked name, and forgets on 结束', async () => {
    const token = stack.api.demoKioskToken;
    const official = await stack.api.login('xishan');
    /** @type {{ items: { name: string, cardNumber: string | null, reviewState: string }[] }} */
    const elders = await stack.api.request('/api/v1/elders?status=ACTIVE&pageSize=50', { accessToken: official });
    const elder = elders.items.find((item) => item.cardNumber && item.reviewState === 'CURRENT');
    assert.ok(elder?.cardNumber, 'the demo seed has active elders with cards in 西山区');
    const masked = [...elder.name].map((char, index, all) => (index === 0 || (all.length > 2 && index === all.length - 1) ? char : '*')).join('');

    const page = await stack.newPage(KIOSK_VIEWPORT);
    await page.goto(`${stack.api.baseUrl}/kiosk/`);
    await tokenInput(page).fill(token);
    await pairButton(page).click();
    await page.getByRole('button', { name: copy.welcome.order }).first().click();
    await page.getByRole('button', { name: copy.identify.chooseCard }).first().click();
    await screenshot(page, 'kiosk-identify-card', { fullPage: false });

    await page.keyboard.type(elder.cardNumber);
    await page.keyboard.press('Enter');
    const greeting = copy.identify.greeting.replace('{name}', masked);
    await eventually(async () => assert.ok((await visibleText(page)).includes(greeting), `greeting "${greeting}" on screen`));
    assert.ok(!(await visibleText(page)).includes(elder.name), 'the full name is never shown at the kiosk');
    await screenshot(page, 'kiosk-greeting', { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the greeting');

    await page.getByRole('button', { name: copy.identify.greetingContinue }).first().click();
    await page.getByRole('button', { name: copy.session.finish }).first().click();
    await browseMenuButton(page).waitFor({ state: 'visible' });
    assert.ok(!(await visibleText(page)).includes(masked), 'nothing of the elder is left after 结束');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx while identifying');
  });
});
