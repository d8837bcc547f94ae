import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { getKioskDeviceApi, identifyElderApi, placeOrderApi, quoteOrderApi } from '@/api';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useCartStore } from '@/stores/cart';
import { useElderSessionStore } from '@/stores/elder-session';
import { useOrderStore } from '@/stores/order';
import { buildDeviceInfo, buildIdentity, buildMenuItem, buildOrder, buildOrderQuote, DEMO_CARD_NUMBER } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import PayView from './PayView.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

describe('PayView', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/pay');
    wrapper = mount(PayView, { global: { plugins: [pinia, createKioskI18n(), router] } });
    await flushPromises();
    return wrapper;
  }

  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    pinia = createPinia();
    setActivePinia(pinia);
    vi.mocked(getKioskDeviceApi).mockResolvedValue(buildDeviceInfo());
    vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
    await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
    useCartStore().add(buildMenuItem({ id: 'item-1' }), { serviceDate: '2026-11-23', slot: 'LUNCH' });
    vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ payableFen: 1900 }));
    useOrderStore().beginReview();
    await useOrderStore().requestQuote();
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('should say plainly that the money is paid at the counter, and offer nothing the kiosk cannot do', async () => {
    const view = await mountView();

    expect(view.get('[data-testid="pay-payable"]').text()).toContain('19.00 元');
    expect(view.get('[data-testid="pay-how"]').text()).toContain('到窗口付现金');
    expect(view.findAll('button').map((button) => button.attributes('data-testid'))).not.toContain('pay-QR');
    expect(view.find('[data-testid="pay-CARD_BALANCE"]').exists()).toBe(false);
    expect(view.text()).not.toContain('扫码支付');
    expect(view.text()).not.toContain('卡内余额');
  });

  it('should place the order as cash at the counter and show the ticket, the order left unpaid', async () => {
    vi.mocked(placeOrderApi).mockResolvedValue(buildOrder({ status: 'PLACED', paymentMethod: 'CASH' }));
    const view = await mountView();

    await view.get('[data-testid="pay-CASH"]').trigger('click');
    await flushPromises();

    expect(vi.mocked(placeOrderApi).mock.calls[0]?.[0].payment).toEqual({ method: 'CASH' });
    expect(router.currentRoute.value.name).toBe('ticket');
    expect(useOrderStore().ticket).toMatchObject({ ticketNo: 'A-007', settled: false, paymentMethod: 'CASH' });
  });
});
