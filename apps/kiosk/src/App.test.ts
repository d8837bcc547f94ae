import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { getKioskDeviceApi, getKioskMenuApi, getSubsidyBasisApi, identifyElderApi } from '@/api';
import { IDLE_PROMPT_AFTER_MS, IDLE_PROMPT_FOR_MS } from '@/composables/use-idle-reset';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useCartStore } from '@/stores/cart';
import { useElderSessionStore } from '@/stores/elder-session';
import { useSubsidyPreviewStore } from '@/stores/subsidy-preview';
import { buildDeviceInfo, buildIdentity, buildKioskMenu, buildMenuItem, buildSubsidyBasis, DEMO_CARD_NUMBER } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import App from './App.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

describe('App: a visit left alone', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    pinia = createPinia();
    setActivePinia(pinia);
    vi.mocked(getKioskDeviceApi).mockResolvedValue(buildDeviceInfo());
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
    vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
    vi.useRealTimers();
  });

  it('should ask "还在吗？" after 90 s, then go back to welcome with nothing of the elder left', async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/identify');
    wrapper = mount(App, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await flushPromises();

    vi.mocked(getSubsidyBasisApi).mockResolvedValue(buildSubsidyBasis());
    await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
    await router.push('/menu');
    await flushPromises();
    expect(wrapper.text()).toContain('张*华，您好');
    useCartStore().add(buildMenuItem(), { serviceDate: '2026-11-23', slot: 'LUNCH' });
    await flushPromises();
    expect(wrapper.get('[data-testid="cart-preview"]').text()).toContain('约');

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS);
    expect(wrapper.get('[data-testid="idle-prompt"]').text()).toContain('还在吗？');

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS);
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('welcome');
    expect(useElderSessionStore().elder).toBeNull();
    expect(useSubsidyPreviewStore().hasBasis).toBe(false);
    expect(useCartStore().isEmpty).toBe(true);
    expect(wrapper.find('[data-testid="idle-prompt"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('张*华');
  });

  it('should keep the visit when 继续 is pressed', async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/menu');
    wrapper = mount(App, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
    await flushPromises();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS);
    await wrapper.get('[data-testid="idle-continue"]').trigger('click');
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS);

    expect(wrapper.find('[data-testid="idle-prompt"]').exists()).toBe(false);
    expect(router.currentRoute.value.name).toBe('menu');
    expect(wrapper.text()).toContain('张*华，您好');
  });

  it('should also clear a half-typed ID number left on the identify screen', async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/identify');
    wrapper = mount(App, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await flushPromises();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS);
    expect(wrapper.find('[data-testid="idle-prompt"]').exists()).toBe(true);
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS);
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('welcome');
  });

  it("should also clear a visitor's cart left on the menu", async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/menu');
    wrapper = mount(App, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await flushPromises();
    useCartStore().add(buildMenuItem(), { serviceDate: '2026-11-23', slot: 'LUNCH' });
    await flushPromises();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS + IDLE_PROMPT_FOR_MS);
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('welcome');
    expect(useCartStore().isEmpty).toBe(true);
  });

  it('should not time out on the welcome screen', async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/welcome');
    wrapper = mount(App, { global: { plugins: [pinia, createKioskI18n(), router] }, attachTo: document.body });
    await flushPromises();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS + IDLE_PROMPT_FOR_MS);
    expect(wrapper.find('[data-testid="idle-prompt"]').exists()).toBe(false);
  });
});
