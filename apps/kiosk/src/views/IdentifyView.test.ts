import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { identifyElderApi, type KioskIdentityDto } from '@/api';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useElderSessionStore } from '@/stores/elder-session';
import { buildDeviceInfo, buildIdentity, DEMO_CARD_NUMBER, DEMO_ID_NUMBER } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import IdentifyView from './IdentifyView.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

function scanCard(text: string): void {
  for (const key of text) window.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
}

describe('IdentifyView', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/identify');
    wrapper = mount(IdentifyView, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await flushPromises();
    return wrapper;
  }

  /** The characters shown in the 6-8-4 groups (not the count the screen reader gets). */
  function typedOnScreen(view: VueWrapper): string {
    return view
      .findAll('.id-keypad__typed')
      .map((group) => group.text())
      .join('');
  }

  async function typeIdNumber(view: VueWrapper, idNumber: string): Promise<void> {
    await view.get('[data-testid="choose-idNumber"]').trigger('click');
    for (const key of idNumber) await view.get(`[data-testid="key-${key}"]`).trigger('click');
  }

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    pinia = createPinia();
    setActivePinia(pinia);
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('should offer three ways: card or QR, ID number, and staff', async () => {
    const view = await mountView();

    const choices = view.findAll('[data-testid^="choose-"]').map((choice) => choice.text());
    expect(choices).toHaveLength(3);
    expect(choices[0]).toContain('刷卡或扫码');
    expect(choices[1]).toContain('输入身份证号');
    expect(choices[2]).toContain('请工作人员帮助');
  });

  it('should greet the elder after a card is scanned, showing nothing about tiers', async () => {
    vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity({ entitlement: { subsidyEligible: true, reviewLapsed: false } }));
    const view = await mountView();

    scanCard(`XFST:${DEMO_CARD_NUMBER}`);
    await flushPromises();

    expect(identifyElderApi).toHaveBeenCalledExactlyOnceWith({ method: 'CARD', value: DEMO_CARD_NUMBER });
    expect(view.get('[data-testid="elder-greeting"] h1').text()).toBe('张*华，您好');
    expect(view.find('[data-testid="avatar-placeholder"]').exists()).toBe(true);
    expect(view.find('[data-testid="review-lapsed"]').exists()).toBe(false);
    expect(view.text()).not.toMatch(/补贴|低保|特困|subsid/i);

    await view.get('[data-testid="greeting-continue"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('menu');
  });

  it('should say only "请到服务台更新您的信息" when the review has lapsed', async () => {
    vi.mocked(identifyElderApi).mockResolvedValue(
      buildIdentity({ photoUrl: '/photos/e1.jpg', entitlement: { subsidyEligible: false, reviewLapsed: true } }),
    );
    const view = await mountView();

    scanCard(DEMO_CARD_NUMBER);
    await flushPromises();

    expect(view.get('[data-testid="review-lapsed"]').text()).toBe('请到服务台更新您的信息');
    expect(view.get('[data-testid="elder-greeting"] img').attributes('src')).toBe('/photos/e1.jpg');
  });

  it('should explain an unreadable scan without calling the API', async () => {
    const view = await mountView();

    scanCard('6901234567892');
    await flushPromises();

    expect(identifyElderApi).not.toHaveBeenCalled();
    expect(view.get('[data-testid="identify-error"]').text()).toContain('没能读出卡号');
  });

  it('should send a typed ID number and wipe it from the screen at once', async () => {
    let answer: (identity: KioskIdentityDto) => void = () => undefined;
    vi.mocked(identifyElderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const view = await mountView();
    await typeIdNumber(view, DEMO_ID_NUMBER);
    expect(typedOnScreen(view)).toBe(DEMO_ID_NUMBER);
    expect(view.findAll('.id-keypad__typed').map((group) => group.text())).toEqual(['110105', '19491231', '002X']);

    await view.get('[data-testid="id-submit"]').trigger('click');

    expect(identifyElderApi).toHaveBeenCalledExactlyOnceWith({ method: 'ID_NUMBER', value: DEMO_ID_NUMBER });
    expect(view.html()).not.toContain('19491231');
    expect(view.find('[data-testid="identify-pending"]').exists()).toBe(true);

    answer(buildIdentity());
    await flushPromises();
    expect(view.text()).toContain('张*华，您好');
    expect(view.html()).not.toContain('19491231');
  });

  it('should ask for the missing digits, or a correction, before sending anything', async () => {
    const view = await mountView();
    await typeIdNumber(view, '110105');

    await view.get('[data-testid="id-submit"]').trigger('click');
    expect(view.get('[data-testid="id-message"]').text()).toBe('还差 12 位，请接着输入。');

    await view.get('[data-testid="key-clear"]').trigger('click');
    for (const key of '110105194912310021') await view.get(`[data-testid="key-${key}"]`).trigger('click');
    await view.get('[data-testid="id-submit"]').trigger('click');
    expect(view.get('[data-testid="id-message"]').text()).toContain('身份证号好像不对');

    expect(identifyElderApi).not.toHaveBeenCalled();
  });

  it('should offer X only as the last character, and 删除/清空', async () => {
    const view = await mountView();
    await typeIdNumber(view, '1101051949123100');
    expect(view.get('[data-testid="key-X"]').attributes('disabled')).toBeDefined();

    await view.get('[data-testid="key-2"]').trigger('click');
    expect(view.get('[data-testid="key-X"]').attributes('disabled')).toBeUndefined();
    await view.get('[data-testid="key-X"]').trigger('click');
    expect(view.get('[data-testid="key-5"]').attributes('disabled')).toBeDefined();

    await view.get('[data-testid="key-delete"]').trigger('click');
    expect(typedOnScreen(view)).toBe('11010519491231002');
    await view.get('[data-testid="key-clear"]').trigger('click');
    expect(typedOnScreen(view)).toBe('');
    expect(view.text()).toContain('已输入 0 位，共 18 位');
  });

  it('should show only the neutral words for ELDER_DECEASED', async () => {
    vi.mocked(identifyElderApi).mockRejectedValue(new ApiError(403, { code: ErrorCode.ELDER_DECEASED, message: 'elder is deceased' }));
    const view = await mountView();

    scanCard(DEMO_CARD_NUMBER);
    await flushPromises();

    expect(view.get('[data-testid="identify-error"]').text()).toContain('无法使用，请找工作人员');
    expect(view.text()).not.toMatch(/去世|死亡|身故|deceased/i);
    expect(useElderSessionStore().elder).toBeNull();
  });

  it('should let an elder go on as a visitor when the network is down', async () => {
    vi.mocked(identifyElderApi).mockRejectedValue(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'Failed to fetch' }));
    const view = await mountView();

    scanCard(DEMO_CARD_NUMBER);
    await flushPromises();
    expect(view.text()).toContain('现在查不到您的信息');

    await view.get('[data-testid="error-action-visitor"]').trigger('click');
    await flushPromises();

    expect(useElderSessionStore().visitor).toBe(true);
    expect(router.currentRoute.value.name).toBe('menu');
  });

  it('should ask staff to come, calmly, and open the staff panel for them', async () => {
    const view = await mountView();

    await view.get('[data-testid="choose-help"]').trigger('click');

    expect(view.get('[data-testid="identify-help"]').text()).toContain('请稍等，工作人员马上就来');
    expect(view.find('[data-testid="help-staff-panel"]').exists()).toBe(true);
  });
});
