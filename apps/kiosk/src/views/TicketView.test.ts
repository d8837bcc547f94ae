import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { getKioskDeviceApi, getKioskMenuApi, placeOrderApi, type OrderDto } from '@/api';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useCartStore } from '@/stores/cart';
import { useOrderStore } from '@/stores/order';
import { useSettingsStore } from '@/stores/settings';
import { buildDeviceInfo, buildKioskMenu, buildMenuItem, buildOrder } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { TICKET_AUTO_RETURN_SECONDS } from '@/utils/ticket';
import TicketView from './TicketView.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

function stubSpeech() {
  const synth = { speak: vi.fn(), cancel: vi.fn(), getVoices: vi.fn(() => []) };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      rate = 1;
      voice = null;
      constructor(readonly text: string) {}
    },
  );
  return synth;
}

describe('TicketView', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  async function placeOrder(order: OrderDto): Promise<void> {
    useCartStore().add(buildMenuItem({ id: 'item-1' }), { serviceDate: '2026-11-23', slot: 'LUNCH' });
    vi.mocked(placeOrderApi).mockResolvedValue(order);
    const store = useOrderStore();
    store.beginReview();
    await store.place(order.paymentMethod);
  }

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/ticket');
    wrapper = mount(TicketView, { global: { plugins: [pinia, createKioskI18n(), router] } });
    await flushPromises();
    return wrapper;
  }

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    pinia = createPinia();
    setActivePinia(pinia);
    vi.mocked(getKioskDeviceApi).mockResolvedValue(buildDeviceInfo());
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
    vi.useRealTimers();
  });

  it('should speak the pickup number aloud, even with voice turned off', async () => {
    const synth = stubSpeech();
    await placeOrder(buildOrder({ ticketNo: 'A-007' }));
    useSettingsStore().setSpeechEnabled(false);

    const view = await mountView();

    expect(view.get('[data-testid="ticket-number"]').text()).toBe('A-007');
    expect(synth.speak).toHaveBeenCalledOnce();
    const spoken = (synth.speak.mock.calls[0]?.[0] as { text: string }).text;
    expect(spoken).toContain('您的取餐号是 A 0 0 7');
    expect(spoken).toContain('一分钟后会自动回到首页');

    await view.get('[data-testid="ticket-hear-again"]').trigger('click');
    expect(synth.speak).toHaveBeenCalledTimes(2);
  });

  it('should show the dishes, the 政府补贴 and what to pay at the counter', async () => {
    stubSpeech();
    await placeOrder(buildOrder({ subsidyFen: 500, payableFen: 1900, paymentMethod: 'CASH' }));

    const view = await mountView();
    const receipt = view.get('[data-testid="receipt"]').text();

    expect(receipt).toContain('红烧肉');
    expect(receipt).toContain('政府补贴');
    expect(receipt).toContain('−5.00 元');
    expect(receipt).toContain('请到窗口付');
    expect(receipt).toContain('19.00 元');
    expect(receipt).toContain('请凭取餐号取餐');
    expect(view.get('[data-testid="ticket-how-to-pay"]').text()).toBe('用现金付');
    expect(receipt).not.toContain('张*华');
  });

  it('should say 您已支付 when nothing is left to pay', async () => {
    stubSpeech();
    await placeOrder(buildOrder({ subsidyFen: 2400, payableFen: 0 }));

    const view = await mountView();

    expect(view.get('[data-testid="receipt"]').text()).toContain('您已支付');
    expect(view.find('[data-testid="ticket-how-to-pay"]').exists()).toBe(false);
  });

  it('should reset every store and go back to welcome on 完成', async () => {
    stubSpeech();
    await placeOrder(buildOrder());
    useSettingsStore().setFontSize('extraLarge');
    const view = await mountView();

    await view.get('[data-testid="ticket-done"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('welcome');
    expect(useOrderStore().ticket).toBeNull();
    expect(useSettingsStore().fontSize).toBe('standard');
  });

  it('should go back to welcome by itself after a minute', async () => {
    stubSpeech();
    vi.useFakeTimers();
    await placeOrder(buildOrder());
    const view = await mountView();
    expect(view.get('[data-testid="ticket-countdown"]').text()).toContain(`${TICKET_AUTO_RETURN_SECONDS} 秒后自动回到首页`);

    await vi.advanceTimersByTimeAsync((TICKET_AUTO_RETURN_SECONDS - 1) * 1000);
    expect(router.currentRoute.value.name).toBe('ticket');
    await vi.advanceTimersByTimeAsync(1000);
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('welcome');
    expect(useOrderStore().ticket).toBeNull();
  });

  it('should not open without a ticket', async () => {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/ticket');
    expect(router.currentRoute.value.name).toBe('welcome');
  });
});
