import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { getKioskDeviceApi, getKioskMenuApi, getSubsidyBasisApi, identifyElderApi } from '@/api';
import { useAriaAnnouncer } from '@/composables/use-aria-announcer';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { useCartStore } from '@/stores/cart';
import { useElderSessionStore } from '@/stores/elder-session';
import { useSettingsStore } from '@/stores/settings';
import {
  buildDeviceInfo,
  buildIdentity,
  buildKioskMenu,
  buildMenuItem,
  buildSubsidyBasis,
  DEMO_CARD_NUMBER,
} from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import MenuView from './MenuView.vue';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const networkError = () => new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'Failed to fetch' });

describe('MenuView', () => {
  let pinia: Pinia;
  let wrapper: VueWrapper | undefined;
  let router: ReturnType<typeof createKioskRouter>;

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/menu');
    wrapper = mount(MenuView, { global: { plugins: [pinia, createKioskI18n(), router] } });
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
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('should show a card for every dish and when the slot opens', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(
      buildKioskMenu({
        isOpen: false,
        serviceDate: '2099-01-01',
        items: [buildMenuItem({ id: 'a', name: '红烧肉' }), buildMenuItem({ id: 'b', name: '小米粥', priceFen: 300 })],
      }),
    );

    const view = await mountView();

    expect(view.findAll('[data-testid="menu-dish-card"]')).toHaveLength(2);
    expect(view.text()).toContain('3.00 元');
    expect(view.get('[data-testid="slot-status"]').text()).toContain('午餐 11:00 开始供应');
    expect(view.text()).toContain('共 2 道菜');
  });

  it('should say kindly that the menu is not ready when it has no dishes', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [] }));

    const view = await mountView();

    expect(view.get('[data-testid="menu-empty"]').text()).toContain('这一餐的菜单还在准备中');
    expect(view.find('[data-testid="menu-dish-card"]').exists()).toBe(false);
  });

  it('should keep showing the last menu with a notice when the network drops', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValueOnce(buildKioskMenu()).mockRejectedValueOnce(networkError());
    const view = await mountView();
    expect(view.find('[data-testid="menu-notice"]').exists()).toBe(false);

    window.dispatchEvent(new Event('online'));
    await flushPromises();

    expect(view.get('[data-testid="menu-notice"]').text()).toContain('网络暂时断开');
    expect(view.findAll('[data-testid="menu-dish-card"]')).toHaveLength(1);
  });

  it('should explain a failure and offer to try again when there is no menu to show', async () => {
    vi.mocked(getKioskMenuApi).mockRejectedValueOnce(networkError()).mockResolvedValueOnce(buildKioskMenu());
    const view = await mountView();
    expect(view.get('[data-testid="menu-empty"]').text()).toContain('网络暂时断开，请稍后再试。');

    await view.get('[data-testid="menu-empty"] button').trigger('click');
    await flushPromises();

    expect(getKioskMenuApi).toHaveBeenCalledTimes(2);
    expect(view.findAll('[data-testid="menu-dish-card"]')).toHaveLength(1);
  });

  it('should confirm the pairing with the API once per start', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());

    await mountView();

    expect(getKioskDeviceApi).toHaveBeenCalledTimes(1);
  });

  it('should greet the identified elder and end the visit with 结束', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
    vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
    const session = useElderSessionStore();
    await session.identify('CARD', DEMO_CARD_NUMBER);
    useSettingsStore().setFontSize('extraLarge');
    const view = await mountView();

    expect(view.get('[data-testid="session-greeting"]').text()).toBe('张*华，您好');

    await view.get('[data-testid="session-finish"]').trigger('click');
    await flushPromises();

    expect(session.elder).toBeNull();
    expect(useSettingsStore().fontSize).toBe('standard');
    expect(router.currentRoute.value.name).toBe('welcome');
  });

  it('should offer 点餐 and the way back when nobody is identified', async () => {
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
    const view = await mountView();

    expect(view.find('[data-testid="session-greeting"]').exists()).toBe(false);
    await view.get('[data-testid="session-order"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('identify');
  });

  describe('ordering', () => {
    it('should add dishes with 加一份, show the count and the cart bar, and go to the review', async () => {
      vi.mocked(getKioskMenuApi).mockResolvedValue(
        buildKioskMenu({ items: [buildMenuItem({ id: 'a', name: '红烧肉' }), buildMenuItem({ id: 'b', name: '小米粥' })] }),
      );
      const view = await mountView();
      expect(view.find('[data-testid="cart-bar"]').exists()).toBe(false);

      const [pork] = view.findAll('[data-testid="menu-dish-card"]');
      await pork!.get('[data-testid="cart-add"]').trigger('click');
      await pork!.get('[data-testid="cart-add"]').trigger('click');

      expect(pork!.get('[data-testid="cart-qty"]').text()).toBe('已选 2 份');
      expect(pork!.get('[data-testid="cart-add"]').attributes('aria-label')).toBe('红烧肉，加一份');
      expect(view.get('[data-testid="cart-bar"]').text()).toContain('已选 2 份');
      expect(view.get('[data-testid="cart-bar"]').text()).toContain('去结算');

      await pork!.get('[data-testid="cart-remove"]').trigger('click');
      expect(useCartStore().qtyOf('a')).toBe(1);

      await view.get('[data-testid="cart-checkout"]').trigger('click');
      await flushPromises();
      expect(router.currentRoute.value.name).toBe('review');
    });

    it("should preview the elder's subsidy in the cart bar as dishes are chosen, in plain words", async () => {
      vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [buildMenuItem({ id: 'a', name: '红烧肉', priceFen: 1200 })] }));
      vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
      vi.mocked(getSubsidyBasisApi).mockResolvedValue(
        buildSubsidyBasis({ elder: { birthDate: '1958-01-01', categories: ['TEKUN'], assessmentGrade: null, eligible: true } }),
      );
      const view = await mountView();
      await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
      await flushPromises();

      await view.get('[data-testid="cart-add"]').trigger('click');

      expect(view.get('[data-testid="cart-preview-subsidy"]').text()).toBe('政府补贴 约 12.00 元');
      expect(view.get('[data-testid="cart-preview-payable"]').text()).toBe('您需支付 约 0.00 元');
      await nextTick();
      expect(useAriaAnnouncer().announcement.value).toBe('已加一份红烧肉，这道菜共 1 份。算上政府补贴，您大约需要支付 0.00 元');
      for (const word of ['TEKUN', 'CARE', '特困']) expect(view.text()).not.toContain(word);
    });

    it('should show no preview to a visitor', async () => {
      vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [buildMenuItem({ id: 'a', name: '红烧肉' })] }));
      useElderSessionStore().continueAsVisitor();
      const view = await mountView();

      await view.get('[data-testid="cart-add"]').trigger('click');

      expect(view.get('[data-testid="cart-bar"]').text()).toContain('已选 1 份');
      expect(view.find('[data-testid="cart-preview"]').exists()).toBe(false);
      expect(getSubsidyBasisApi).not.toHaveBeenCalled();
      await nextTick();
      expect(useAriaAnnouncer().announcement.value).toBe('已加一份红烧肉，这道菜共 1 份');
    });

    it('should stop at 5 of one dish', async () => {
      vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [buildMenuItem({ id: 'a', portionsLeft: 40 })] }));
      const view = await mountView();
      const add = () => view.get('[data-testid="cart-add"]').trigger('click');
      for (let i = 0; i < 5; i += 1) await add();

      expect(view.get('[data-testid="cart-add"]').attributes('disabled')).toBeDefined();
      expect(view.get('[data-testid="cart-stepper"]').text()).toContain('每样最多 5 份');
      expect(useCartStore().qtyOf('a')).toBe(5);
    });

    it('should offer nothing to add for a sold-out dish', async () => {
      vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [buildMenuItem({ soldOut: true, portionsLeft: 0 })] }));
      const view = await mountView();

      expect(view.get('[data-testid="menu-dish-card"]').text()).toContain('已售完');
      expect(view.find('[data-testid="cart-add"]').exists()).toBe(false);
    });

    it('should take a dish that sold out meanwhile out of the cart and say so', async () => {
      vi.mocked(getKioskMenuApi)
        .mockResolvedValueOnce(buildKioskMenu({ items: [buildMenuItem({ id: 'a', name: '红烧肉' })] }))
        .mockResolvedValueOnce(buildKioskMenu({ items: [buildMenuItem({ id: 'a', name: '红烧肉', soldOut: true, portionsLeft: 0 })] }));
      const view = await mountView();
      await view.get('[data-testid="cart-add"]').trigger('click');

      window.dispatchEvent(new Event('online'));
      await flushPromises();

      expect(useCartStore().isEmpty).toBe(true);
      expect(view.get('[data-testid="cart-notice"]').text()).toContain('红烧肉已售完，已从您选的菜里去掉');
      expect(view.find('[data-testid="cart-bar"]').exists()).toBe(false);
    });
  });
});
