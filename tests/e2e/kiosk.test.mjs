// @ts-check
/**
 * The kiosk as a canteen sees it: the first start asks for the device token once, then the menu being
 * served is on the screen, at the kiosk's portrait 1080×1920, without serious accessibility problems.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { axeViolations, eventually, loadLocale, problemsOf, REPO_ROOT, screenshot, useStack, visibleText } from './harness.mjs';

/** localStorage key the kiosk keeps its device token under (apps/kiosk/src/utils/kiosk-storage.ts). */
const DEVICE_TOKEN_KEY = 'canteen.kiosk.deviceToken';
const KIOSK_VIEWPORT = { width: 1080, height: 1920 };

const stack = useStack('kiosk');
/** @type {Record<string, any>} */
let copy;
/** The en-US copy, for the same flow in English. @type {Record<string, any>} */
let copyEn;
before(async () => {
  copy = await loadLocale('kiosk');
  copyEn = JSON.parse(await readFile(path.join(REPO_ROOT, 'apps', 'kiosk', 'src', 'locales', 'en-US.json'), 'utf8'));
});

/** `formatYuan` of @canteen/shared: integer fen as "12.00". @param {number} fen */
const yuan = (fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
/** A locale message with its `{name}` placeholders filled. @param {string} message @param {Record<string, string>} values */
const fill = (message, values) => message.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? `{${key}}`);
/** The kiosk's masked name ("张*华"), as maskName in @canteen/shared. @param {string} name */
const maskedNameOf = (name) =>
  [...name].map((char, index, all) => (index === 0 || (all.length > 2 && index === all.length - 1) ? char : '*')).join('');

/**
 * Records what the kiosk reads aloud (headless Chromium has no voices to hear).
 * @param {import('playwright-core').Page} page
 */
async function recordSpeech(page) {
  await page.addInitScript(() => {
    /** @type {string[]} */
    const spoken = [];
    Object.defineProperty(window, '__spoken', { value: spoken });
    const synth = window.speechSynthesis;
    if (synth) {
      const speak = synth.speak.bind(synth);
      synth.speak = (utterance) => {
        spoken.push(utterance.text);
        speak(utterance);
      };
    }
  });
}

/** @param {import('playwright-core').Page} page @returns {Promise<string[]>} */
// @ts-expect-error __spoken is the array recordSpeech defines
const spokenTexts = (page) => page.evaluate(() => [...window.__spoken]);

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

  /**
   * One elder's whole visit in `locale`: identify by card, add a dish, see the preview, confirm, pay at the
   * counter, see (and hear) the pickup number; then the order is checked through the API as canteen staff.
   * `fontSize` other than standard is chosen on the welcome screen (特大 in English is the longest text).
   * @param {{ locale: 'zh-CN' | 'en-US', fontSize: 'standard' | 'extraLarge', words: Record<string, any>, cardNumber: string, elderName: string }} visit
   */
  async function orderAsElder({ locale, fontSize, words, cardNumber, elderName }) {
    const token = stack.api.demoKioskToken;
    const shot = (/** @type {string} */ name) => `kiosk-order-${name}-${locale}${fontSize === 'standard' ? '' : `-${fontSize}`}`;
    /** @type {{ serviceDate: string, slot: string, items: { id: string, name: string, priceFen: number, soldOut: boolean, portionsLeft: number }[] }} */
    const menu = await stack.api.request('/api/v1/kiosk/menu', { deviceToken: token });
    const dishIndex = menu.items.findIndex((item) => !item.soldOut && item.portionsLeft > 0);
    assert.ok(dishIndex >= 0, 'the demo menu has a dish left to order');
    const dish = menu.items[dishIndex];

    const page = await stack.newPage(KIOSK_VIEWPORT);
    await recordSpeech(page);
    await page.goto(`${stack.api.baseUrl}/kiosk/`);
    await tokenInput(page).fill(token);
    await pairButton(page).click();
    await page.getByTestId('start-order').waitFor({ state: 'visible' });
    if (locale === 'en-US') {
      await page.getByTestId('switch-locale').click();
      await page.getByRole('button', { name: words.welcome.order, exact: true }).waitFor({ state: 'visible' });
    }
    if (fontSize !== 'standard') await page.getByTestId(`font-size-${fontSize}`).click();

    await page.getByTestId('start-order').click();
    await page.getByTestId('choose-card').click();
    await page.keyboard.type(cardNumber);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: words.identify.greetingContinue }).first().click();

    // The first dish: 加一份, and the cart bar previews the subsidy (when the elder's basis could be read).
    const card = page.getByTestId('menu-dish-card').nth(dishIndex);
    await card.getByTestId('cart-add').click();
    await page.getByTestId('cart-bar').waitFor({ state: 'visible' });
    /** What the server says for the same cart: the preview must say the same. */
    const serverQuote = await stack.api.request('/api/v1/orders/quote', {
      method: 'POST',
      deviceToken: token,
      body: { elder: { cardNo: cardNumber }, serviceDate: menu.serviceDate, slot: menu.slot, channel: 'DINE_IN', items: [{ menuItemId: dish.id, qty: 1 }] },
    });
    const preview = page.getByTestId('cart-preview');
    await eventually(async () => assert.equal(await preview.count(), 1, 'the cart bar shows the preview for an identified elder'));
    assert.equal(
      (await page.getByTestId('cart-preview-subsidy').innerText()).trim(),
      fill(words.cart.previewSubsidy, { yuan: yuan(serverQuote.subsidyFen) }),
      'previewed 政府补贴 = the server quote',
    );
    assert.equal(
      (await page.getByTestId('cart-preview-payable').innerText()).trim(),
      fill(words.cart.previewPayable, { yuan: yuan(serverQuote.payableFen) }),
      'previewed 您需支付 = the server quote',
    );
    await screenshot(page, shot('menu'), { fullPage: false });

    // The review: the preview marked 约 while the server is asked (held here to look at it), then the server's amounts.
    /** @type {() => void} */
    let releaseQuote = () => {};
    const quoteHeld = new Promise((resolve) => (releaseQuote = () => resolve(undefined)));
    await page.route('**/api/v1/orders/quote', async (route) => {
      await quoteHeld;
      await route.continue();
    });
    await page.getByTestId('cart-checkout').click();
    const estimate = page.getByTestId('review-estimate');
    await estimate.waitFor({ state: 'visible' });
    assert.equal(
      (await estimate.getByTestId('amount-payable').innerText()).trim(),
      fill(words.review.estimatedAmount, { yuan: yuan(serverQuote.payableFen) }),
      'the review shows the preview while the server answers',
    );
    await screenshot(page, shot('review-estimate'), { fullPage: false });
    releaseQuote();
    await page.getByTestId('review-bill').waitFor({ state: 'visible' });
    await page.unroute('**/api/v1/orders/quote');
    assert.equal(await estimate.count(), 0, "the server's amounts replace the preview");
    assert.equal((await page.getByTestId('amount-payable').innerText()).trim(), fill(words.review.amount, { yuan: yuan(serverQuote.payableFen) }));
    assert.equal((await page.getByTestId('amount-total').innerText()).trim(), fill(words.review.amount, { yuan: yuan(serverQuote.totalFen) }));
    const reviewText = await visibleText(page);
    for (const word of ['TEKUN', 'DIBAO', 'AGE80', 'AGE60', '特困', '低保']) assert.ok(!reviewText.includes(word), `no tier or category (${word}) on the review`);
    await screenshot(page, shot('review'), { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the review');
    await page.getByTestId('review-confirm').click();

    // Something to pay: the pay screen says it is paid at the counter, in cash (no provider yet).
    if (serverQuote.payableFen > 0) {
      await page.getByTestId('pay-CASH').waitFor({ state: 'visible' });
      assert.equal(await page.getByTestId('pay-QR').count(), 0, 'no 扫码支付 without a payment provider');
      assert.equal(await page.getByTestId('pay-CARD_BALANCE').count(), 0, 'no 卡内余额 without a payment provider');
      await screenshot(page, shot('pay'), { fullPage: false });
      assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the pay screen');
      await page.getByTestId('pay-CASH').click();
    }

    // The ticket: a pickup number like A-001, shown huge and read aloud.
    const number = page.getByTestId('ticket-number');
    await number.waitFor({ state: 'visible' });
    const ticketNo = (await number.innerText()).trim();
    assert.match(ticketNo, /^A-\d{3}$/, 'a dine-in pickup number');
    const ticketText = await visibleText(page);
    assert.ok(ticketText.includes(fill(words.ticket.title, {})), 'the ticket says the order is placed');
    if (serverQuote.payableFen > 0) {
      assert.ok(ticketText.includes(words.ticket.payAtWindow), 'the ticket says what is left is paid at the counter');
      assert.equal((await page.getByTestId('ticket-how-to-pay').innerText()).trim(), words.ticket.howToPay.CASH);
    }
    assert.ok(!ticketText.includes(maskedNameOf(elderName)), 'no name on the ticket');
    const spokenNumber = [...ticketNo.replace(/[^0-9A-Za-z]/g, '')].join(' ');
    await eventually(async () => {
      const spoken = await spokenTexts(page);
      assert.ok(spoken.some((text) => text.includes(spokenNumber)), `the pickup number is read aloud ("${spokenNumber}" in ${JSON.stringify(spoken)})`);
    });
    await screenshot(page, shot('ticket'), { fullPage: false });
    assert.deepEqual(await axeViolations(page), [], 'serious/critical axe-core violations on the ticket');

    // The order exists, as the canteen's staff see it, with that pickup number and what the kiosk said.
    const staff = await stack.api.login('canteen1');
    /** @type {{ items: Record<string, any>[] }} */
    const found = await stack.api.request(
      `/api/v1/orders?q=${encodeURIComponent(ticketNo)}&from=${menu.serviceDate}&to=${menu.serviceDate}`,
      { accessToken: staff },
    );
    assert.equal(found.items.length, 1, `one order ${ticketNo} on ${menu.serviceDate}`);
    const [placed] = found.items;
    assert.equal(placed.ticketNo, ticketNo);
    assert.equal(placed.paymentMethod, 'CASH');
    assert.equal(placed.status, serverQuote.payableFen > 0 ? 'PLACED' : 'PAID', 'cash is taken at the counter: the kiosk marks nothing paid');
    assert.equal(placed.channel, 'DINE_IN');
    assert.equal(placed.elderMaskedName, maskedNameOf(elderName));
    assert.deepEqual(
      { totalFen: placed.totalFen, subsidyFen: placed.subsidyFen, payableFen: placed.payableFen },
      { totalFen: serverQuote.totalFen, subsidyFen: serverQuote.subsidyFen, payableFen: serverQuote.payableFen },
    );
    assert.deepEqual(placed.lines.map((/** @type {{ menuItemId: string, qty: number }} */ line) => [line.menuItemId, line.qty]), [[dish.id, 1]]);

    // 完成: everything about the visit is gone.
    await page.getByTestId('ticket-done').click();
    await page.getByTestId('start-order').waitFor({ state: 'visible' });
    assert.ok(!(await visibleText(page)).includes(ticketNo), 'the ticket is gone after 完成');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx while ordering');
  }

  test('an elder orders: card, a dish, the subsidy preview (= the server quote), cash at the counter, the pickup number', async () => {
    const official = await stack.api.login('xishan');
    /** @type {{ items: { name: string, cardNumber: string | null, reviewState: string }[] }} */
    const elders = await stack.api.request('/api/v1/elders?status=ACTIVE&pageSize=50', { accessToken: official });
    const withCards = elders.items.filter((item) => item.cardNumber && item.reviewState === 'CURRENT');
    assert.ok(withCards.length >= 2, 'the demo seed has active elders with cards in 西山区');

    await orderAsElder({ locale: 'zh-CN', fontSize: 'standard', words: copy, cardNumber: /** @type {string} */ (withCards[0].cardNumber), elderName: withCards[0].name });
    await orderAsElder({ locale: 'en-US', fontSize: 'extraLarge', words: copyEn, cardNumber: /** @type {string} */ (withCards[1].cardNumber), elderName: withCards[1].name });
  });
});
