import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import {
  getKioskDeviceApi,
  getKioskMenuApi,
  getSubsidyBasisApi,
  identifyElderApi,
  placeOrderApi,
  quoteOrderApi,
  type OrderQuoteDto,
} from '@/api';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useCartStore } from '@/stores/cart';
import { useElderSessionStore } from '@/stores/elder-session';
import { useOrderStore } from '@/stores/order';
import { useSubsidyPreviewStore } from '@/stores/subsidy-preview';
import {
  buildDeviceInfo,
  buildIdentity,
  buildKioskMenu,
  buildMenuItem,
  buildOrder,
  buildOrderQuote,
  buildSubsidyBasis,
  DEMO_CARD_NUMBER,
} from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import ReviewView from './ReviewView.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

describe('ReviewView', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/review');
    wrapper = mount(ReviewView, { global: { plugins: [pinia, createKioskI18n(), router] } });
    await flushPromises();
    return wrapper;
  }

  function fillCart(): void {
    const pork = buildMenuItem({ id: 'item-1', name: '红烧肉' });
    useCartStore().add(pork, { serviceDate: '2026-11-23', slot: 'LUNCH' });
    useCartStore().add(pork, { serviceDate: '2026-11-23', slot: 'LUNCH' });
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
    fillCart();
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('should show the dishes, 合计, 政府补贴 and 您需支付 as the server prices them', async () => {
    vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ totalFen: 2400, subsidyFen: 500, payableFen: 1900 }));

    const view = await mountView();

    expect(view.get('[data-testid="order-lines"]').text()).toContain('红烧肉');
    expect(view.get('[data-testid="order-lines"]').text()).toContain('× 2');
    const bill = view.get('[data-testid="order-amounts"]').text();
    expect(bill).toContain('合计');
    expect(bill).toContain('24.00 元');
    expect(bill).toContain('政府补贴');
    expect(bill).toContain('−5.00 元');
    expect(view.get('[data-testid="amount-payable"]').text()).toBe('19.00 元');
    expect(bill).toContain('您需支付');
    expect(view.find('[data-testid="review-reasons"]').exists()).toBe(false);
  });

  it('should never show a tier or category, and explain a zero subsidy in kind words', async () => {
    // Even if a server sent more than the kiosk contract allows, none of it reaches the screen.
    const quote = { ...buildOrderQuote({ subsidyFen: 0, payableFen: 2400, reasons: ['TIER_CHOSEN', 'DAILY_LIMIT_REACHED'] }), tierCode: 'TEKUN_FREE' };
    vi.mocked(quoteOrderApi).mockResolvedValue(quote as OrderQuoteDto);

    const view = await mountView();

    expect(view.get('[data-testid="review-reasons"]').text()).toBe('今天的补贴餐已用过');
    expect(view.text()).toContain('政府补贴');
    expect(view.text()).toContain('您需支付');
    for (const word of ['TEKUN', 'TIER', '特困', '低保', '等级', '已按政府补贴计算']) expect(view.text()).not.toContain(word);
  });

  it('should quote a visitor at full price with 访客按原价', async () => {
    useElderSessionStore().$reset();
    vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ subsidyFen: 0, payableFen: 2400, reasons: ['VISITOR'] }));

    const view = await mountView();

    expect(vi.mocked(quoteOrderApi).mock.calls[0]?.[0].elder).toBeNull();
    expect(view.get('[data-testid="review-reasons"]').text()).toBe('访客按原价');
    expect(view.get('[data-testid="amount-payable"]').text()).toBe('24.00 元');
  });

  it('should show a calm loading state while the server answers', async () => {
    let answer: (quote: OrderQuoteDto) => void = () => {};
    vi.mocked(quoteOrderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));

    const view = await mountView();

    expect(view.get('[data-testid="review-loading"]').text()).toContain('正在计算');
    expect(view.get('[data-testid="review-confirm"]').attributes('disabled')).toBeDefined();
    answer(buildOrderQuote());
    await flushPromises();
    expect(view.find('[data-testid="review-loading"]').exists()).toBe(false);
  });

  it("should show the kiosk's preview marked 约 while the server answers, then the server's amounts", async () => {
    vi.mocked(getSubsidyBasisApi).mockResolvedValue(buildSubsidyBasis());
    await expect(useSubsidyPreviewStore().load('elder-1')).resolves.toBe(true);
    let answer: (quote: OrderQuoteDto) => void = () => {};
    vi.mocked(quoteOrderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));

    const view = await mountView();

    const estimate = view.get('[data-testid="review-estimate"]');
    expect(estimate.get('[data-testid="amount-subsidy"]').text()).toBe('约 5.00 元');
    expect(estimate.get('[data-testid="amount-payable"]').text()).toBe('约 19.00 元');
    expect(estimate.text()).toContain('正在核对金额');
    expect(view.get('[data-testid="review-confirm"]').attributes('disabled')).toBeDefined();

    // The server decides; where it differs, its amounts simply replace the estimate.
    answer(buildOrderQuote({ totalFen: 2400, subsidyFen: 300, payableFen: 2100 }));
    await flushPromises();
    expect(view.find('[data-testid="review-estimate"]').exists()).toBe(false);
    expect(view.get('[data-testid="amount-subsidy"]').text()).toBe('−3.00 元');
    expect(view.get('[data-testid="amount-payable"]').text()).toBe('21.00 元');
    expect(view.text()).not.toContain('约');
    expect(view.get('[data-testid="review-confirm"]').attributes('disabled')).toBeUndefined();
  });

  it('should go to the payment choice when there is something to pay', async () => {
    vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ payableFen: 1900 }));
    const view = await mountView();

    await view.get('[data-testid="review-confirm"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('pay');
    expect(placeOrderApi).not.toHaveBeenCalled();
  });

  it('should place the order at once and show the ticket when nothing is left to pay', async () => {
    vi.mocked(quoteOrderApi).mockResolvedValue(buildOrderQuote({ subsidyFen: 2400, payableFen: 0 }));
    vi.mocked(placeOrderApi).mockResolvedValue(buildOrder({ subsidyFen: 2400, payableFen: 0 }));
    const view = await mountView();

    await view.get('[data-testid="review-confirm"]').trigger('click');
    await flushPromises();

    expect(placeOrderApi).toHaveBeenCalledOnce();
    expect(router.currentRoute.value.name).toBe('ticket');
    expect(useOrderStore().ticket?.ticketNo).toBe('A-007');
  });

  it('should send someone whose dish sold out back to a fresh menu', async () => {
    vi.mocked(quoteOrderApi).mockRejectedValue(new ApiError(409, { code: ErrorCode.SOLD_OUT, message: 'x' }));
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
    const view = await mountView();
    expect(view.get('[data-testid="order-error"]').text()).toContain('有的菜刚刚卖完了');

    await view.get('[data-testid="order-error-menu"]').trigger('click');
    await flushPromises();

    expect(getKioskMenuApi).toHaveBeenCalled();
    expect(router.currentRoute.value.name).toBe('menu');
  });
});
