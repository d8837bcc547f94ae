import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { getKioskDeviceApi, getKioskMenuApi } from '@/api';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import { buildDeviceInfo, buildKioskMenu } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import WelcomeView from './WelcomeView.vue';

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

describe('WelcomeView', () => {
  let pinia: Pinia;
  let router: Router;
  let wrapper: VueWrapper | undefined;

  async function mountView(): Promise<VueWrapper> {
    router = createKioskRouter(createMemoryHistory());
    await router.push('/');
    wrapper = mount(WelcomeView, { global: { plugins: [pinia, createKioskI18n(), router] } });
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
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ isOpen: true }));
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
  });

  it('should show the canteen, the meal being served and one big 点餐', async () => {
    const view = await mountView();

    expect(view.get('h1').text()).toBe('翠湖社区幸福食堂');
    expect(view.get('[data-testid="slot-status"]').text()).toBe('午餐正在供应，11:00 到 13:30');
    expect(view.get('[data-testid="start-order"]').text()).toBe('点餐');
    expect(view.get('[data-testid="browse-menu"]').text()).toBe('看看今天的菜');
  });

  it('should speak a prompt and ask who is ordering when 点餐 is pressed', async () => {
    const synth = stubSpeech();
    const view = await mountView();
    expect(synth.speak).not.toHaveBeenCalled();

    await view.get('[data-testid="start-order"]').trigger('click');
    await flushPromises();

    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.name).toBe('identify');
  });

  it('should open the menu for a look without identifying', async () => {
    const view = await mountView();

    await view.get('[data-testid="browse-menu"]').trigger('click');
    await flushPromises();

    expect(router.currentRoute.value.name).toBe('menu');
  });
});
