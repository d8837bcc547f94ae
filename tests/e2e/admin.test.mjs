// @ts-check
/**
 * The admin as a district official uses it: being refused with a wrong password, signing in, and the
 * canteen list showing the canteens of the official's own district and nothing of a neighbouring one;
 * the subsidy policy in force, its simulation, a new draft under the four-eyes rule, and an order's
 * "why this subsidy".
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { DEMO_PASSWORD, eventually, loadLocale, problemsOf, REPO_ROOT, screenshot, useStack, visibleText } from './harness.mjs';

const XISHAN_PREFIX = '530112';
const CHENGGONG_PREFIX = '530114';
/** sessionStorage key of the admin's access token (apps/admin/src/utils/session.ts). */
const ACCESS_TOKEN_KEY = 'canteen-admin.accessToken';
/** The canteen list's first page size (apps/admin/src/stores/canteen-filters.ts). */
const DEFAULT_PAGE_SIZE = 20;

const stack = useStack('admin');
/** @type {Record<string, any>} */
let copy;
/** The admin's English copy, for the pages looked at in en-US too. @type {Record<string, any>} */
let english;
before(async () => {
  copy = await loadLocale('admin');
  english = JSON.parse(await readFile(path.join(REPO_ROOT, 'apps', 'admin', 'src', 'locales', 'en-US.json'), 'utf8'));
});

/**
 * Switches the admin to English the way a user does (the header's language menu).
 * @param {import('playwright-core').Page} page
 */
async function switchToEnglish(page) {
  await page.getByRole('button', { name: copy.locale.switch }).click();
  await page.getByRole('menuitem', { name: copy.locale.names['en-US'] }).click();
  await page.locator('html[lang="en-US"]').waitFor({ state: 'attached' });
}

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

/**
 * @typedef {{ id: string, regionCode: string, version: number, status: string, effectiveFrom: string, label: string,
 *             document: Record<string, unknown> }} Policy
 * @typedef {{ orders: number, ordersChanged: number, actual: { totalSubsidyFen: number }, simulated: { totalSubsidyFen: number } }} Simulation
 * @typedef {{ id: string, ticketNo: string, tierCode: string | null, policyVersion: number | null, reasons: string[],
 *             subsidyFen: number, status: string }} Order
 */

/**
 * Signs in as xishan and opens a page from the side menu.
 * @param {import('playwright-core').Page} page
 * @param {string} menuText
 * @param {string} pathname
 */
async function openFromMenu(page, menuText, pathname) {
  await submitLogin(page, 'xishan', DEMO_PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
  await page.getByRole('menuitem', { name: menuText, exact: true }).click();
  await page.waitForURL((url) => url.pathname === pathname);
}

/** "¥12.34" as the admin writes an amount of fen. @param {number} fen */
const yuanText = (fen) => copy.common.yuanAmount.replace('{amount}', (fen / 100).toFixed(2));

/** @param {string} template @param {Record<string, string | number>} values */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));

describe('admin: subsidies and orders', { timeout: 240_000 }, () => {
  /** The example policy the demo seed activates for Xishan, as the API has it. */
  async function xishanInForce() {
    const token = await stack.api.login('xishan');
    /** @type {Policy[]} */
    const policies = await stack.api.request('/api/v1/subsidy-policies', { accessToken: token });
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const active = policies
      .filter((policy) => policy.regionCode === XISHAN_PREFIX && policy.status === 'ACTIVE' && policy.effectiveFrom <= today)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version);
    assert.ok(active.length > 0, 'the demo seed activates an example policy for Xishan');
    return { token, policies, inForce: active[0] };
  }

  test('xishan opens 补贴政策, simulates the version in force over last month and sees the charts', async () => {
    const { token, inForce } = await xishanInForce();
    assert.match(inForce.label, /示例/, 'the demo policy says it is an example');
    /** @type {Simulation} */
    const expected = await stack.api.request(`/api/v1/subsidy-policies/${inForce.id}/simulate`, { method: 'POST', body: {}, accessToken: token });
    assert.ok(expected.orders > 0, 'the demo seed has last month’s orders to simulate over');

    const page = await stack.newPage();
    await openFromMenu(page, copy.nav.subsidyPolicies, '/admin/subsidy-policies');
    const district = page.getByTestId(`district-${XISHAN_PREFIX}`);
    await district.getByText(fill(copy.policies.inForce, { version: inForce.version, date: inForce.effectiveFrom })).waitFor();
    await district.getByText(copy.policies.example, { exact: true }).first().waitFor();
    await screenshot(page, 'admin-policies');

    await district.getByRole('button', { name: copy.policies.actions.simulateInForce }).click();
    await page.waitForURL((url) => url.pathname === `/admin/subsidy-policies/${inForce.id}` && url.searchParams.get('tab') === 'simulate');
    await page.getByText(copy.policies.simulate.nothingActivated).waitFor();
    await page.getByRole('button', { name: copy.policies.simulate.run }).click();

    const totals = page.getByTestId('simulation-totals');
    await totals.waitFor();
    const totalsText = (await totals.innerText()).replace(/\s+/g, ' ');
    assert.ok(totalsText.includes(String(expected.orders)), `orders ${expected.orders} in "${totalsText}"`);
    assert.ok(totalsText.includes(yuanText(expected.actual.totalSubsidyFen)), 'the subsidy actually granted');
    assert.ok(totalsText.includes(yuanText(expected.simulated.totalSubsidyFen)), 'the subsidy this version would grant');
    for (const breakdown of ['tier', 'source', 'canteen']) {
      const chart = page.getByTestId(`simulation-${breakdown}`).locator('canvas').first();
      await chart.waitFor({ state: 'visible' });
      const box = await chart.boundingBox();
      assert.ok(box && box.width > 100 && box.height > 100, `the ${breakdown} chart is drawn`);
    }
    await screenshot(page, 'admin-policy-simulation');

    await switchToEnglish(page);
    await page.getByText(english.policies.simulate.nothingActivated).waitFor();
    await page.getByTestId('simulation-tier').getByText(english.policies.simulate.byTier).waitFor();
    await screenshot(page, 'admin-policy-simulation-en-US');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx on the simulator');
  });

  test('xishan drafts a new version in the form and submits it; the author may not approve it, the city official does (four eyes)', async () => {
    const { token, inForce } = await xishanInForce();
    const page = await stack.newPage();
    await openFromMenu(page, copy.nav.subsidyPolicies, '/admin/subsidy-policies');
    await page.getByTestId(`district-${XISHAN_PREFIX}`).getByRole('button', { name: copy.policies.actions.newVersion }).click();
    await page.waitForURL((url) => url.pathname === '/admin/subsidy-policies/new');

    await page.getByText(copy.policies.editor.valid).waitFor();
    const label = `e2e 草稿 ${Date.now()}`;
    await page.getByRole('textbox', { name: copy.policies.fields.label, exact: true }).fill(label);
    // Break the funding split: the problem is shown at once, in words, and saving is refused.
    const share = page.getByRole('spinbutton', { name: copy.policies.editor.share }).first();
    await share.fill('10');
    await share.blur();
    await page.getByText(copy.policyProblems.fundingSum).first().waitFor();
    // The editor's action bar sticks to the bottom of the window: shoot the window, scrolled to the problem.
    await page.getByTestId('funding-sum').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'admin-policy-editor-problem', { fullPage: false });
    await share.fill(String((/** @type {{ funding: { bp: number }[] }} */ (inForce.document).funding[0].bp) / 100));
    await share.blur();
    await page.getByText(copy.policies.editor.valid).waitFor();

    await page.getByRole('button', { name: copy.policies.editor.saveDraft }).click();
    await page.waitForURL((url) => /^\/admin\/subsidy-policies\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByTestId('policy-status').getByText(copy.policyStatuses.DRAFT).waitFor();
    const draftId = new URL(page.url()).pathname.split('/').pop();
    /** @type {Policy} */
    const draft = await stack.api.request(`/api/v1/subsidy-policies/${draftId}`, { accessToken: token });
    assert.equal(draft.label, label);
    assert.equal(draft.status, 'DRAFT');
    assert.deepEqual(draft.document, inForce.document, 'the form wrote back the document it was given, fen for fen');

    await page.getByRole('button', { name: copy.policies.actions.submit }).click();
    await page.getByRole('dialog').getByRole('button', { name: copy.policies.actions.submit }).click();
    await page.getByTestId('policy-status').getByText(copy.policyStatuses.PENDING_APPROVAL).waitFor();
    await page.getByText(copy.policies.fourEyesNotice).waitFor();
    assert.equal(await page.getByRole('button', { name: copy.policies.actions.approve }).isDisabled(), true, 'the author cannot approve');
    await screenshot(page, 'admin-policy-four-eyes');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx in the policy editor');

    // The second pair of eyes: the city official approves it, with a note.
    const approver = await stack.newPage();
    await submitLogin(approver, 'kunming', DEMO_PASSWORD);
    await approver.waitForURL((url) => !url.pathname.startsWith('/admin/login'));
    await approver.goto(`${stack.api.baseUrl}/admin/subsidy-policies/${draftId}`);
    await approver.getByTestId('policy-status').getByText(copy.policyStatuses.PENDING_APPROVAL).waitFor();
    await approver.getByRole('button', { name: copy.policies.actions.approve }).click();
    const prompt = approver.getByRole('dialog');
    await prompt.getByRole('textbox').fill('e2e 审批通过');
    await prompt.getByRole('button', { name: copy.policies.actions.approve }).click();
    await approver.getByTestId('policy-status').getByText(copy.policyStatuses.ACTIVE).waitFor();
    /** @type {Policy & { decidedByName: string, decisionNote: string }} */
    const approved = await stack.api.request(`/api/v1/subsidy-policies/${draftId}`, { accessToken: token });
    assert.equal(approved.status, 'ACTIVE');
    assert.equal(approved.decisionNote, 'e2e 审批通过');
    assert.deepEqual(problemsOf(approver), [], 'page errors, console errors or HTTP 5xx while approving');
  });

  test('xishan searches the orders, opens one and reads why it got its subsidy; the ledger checks out', async () => {
    const token = await stack.api.login('xishan');
    /** @type {{ total: number, items: Order[] }} */
    const firstPage = await stack.api.request('/api/v1/orders?page=1&pageSize=20', { accessToken: token });
    assert.ok(firstPage.total > 0, 'the demo seed has past orders');
    const subsidised = firstPage.items.find((order) => order.subsidyFen > 0 && order.tierCode) ?? firstPage.items[0];
    /** @type {{ ok: boolean }} */
    const ledger = await stack.api.request('/api/v1/subsidy-ledger/verify', { accessToken: token });

    const page = await stack.newPage();
    await openFromMenu(page, copy.nav.orders, '/admin/orders');
    await page.getByText(fill(copy.orders.total, { count: firstPage.total }), { exact: true }).waitFor();
    const tickets = await columnTexts(page, copy.orders.fields.ticketNo);
    assert.deepEqual(tickets, firstPage.items.map((order) => order.ticketNo), 'the first page is the API’s first page, newest first');

    const index = firstPage.items.indexOf(subsidised);
    await page.getByRole('main').getByRole('row').filter({ has: page.getByRole('cell') }).nth(index).getByRole('button', { name: copy.orders.whySubsidy }).click();
    const why = page.getByTestId('why-subsidy');
    await why.waitFor();
    const whyText = await why.innerText();
    for (const reason of subsidised.reasons) {
      assert.ok(whyText.includes(copy.subsidyReasons[reason]), `reason ${reason} in plain words`);
    }
    if (subsidised.tierCode) assert.ok(whyText.includes(subsidised.tierCode), 'the tier code');
    if (subsidised.policyVersion !== null) {
      await why.getByRole('link', { name: fill(copy.orders.policyVersion, { version: subsidised.policyVersion }) }).waitFor();
    }
    assert.match(new URL(page.url()).searchParams.get('order') ?? '', /^[0-9a-f-]{36}$/, 'the open order is in the URL');
    await screenshot(page, 'admin-order-why');

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: copy.ledger.verify }).click();
    const result = page.getByTestId('ledger-result');
    await result.waitFor();
    await result.getByText(ledger.ok ? copy.ledger.ok : copy.ledger.mismatch).waitFor();
    await screenshot(page, 'admin-ledger-verify');
    await page.getByRole('dialog').getByRole('button', { name: copy.common.close, exact: true }).click();

    // The same order in English: every reason in English words.
    await switchToEnglish(page);
    await page.getByRole('main').getByRole('row').filter({ has: page.getByRole('cell') }).nth(index).getByRole('button', { name: english.orders.whySubsidy }).click();
    await why.getByText(english.orders.whySubsidy).waitFor();
    const englishText = await why.innerText();
    for (const reason of subsidised.reasons) {
      assert.ok(englishText.includes(english.subsidyReasons[reason]), `reason ${reason} in English`);
    }
    await screenshot(page, 'admin-order-why-en-US');
    assert.deepEqual(problemsOf(page), [], 'page errors, console errors or HTTP 5xx on the orders page');
  });
});
