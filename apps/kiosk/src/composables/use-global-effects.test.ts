import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { setRequestLocale } from '@/api';
import { createKioskI18n } from '@/i18n';
import { useSettingsStore } from '@/stores/settings';
import { useGlobalEffects } from './use-global-effects';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const Host = defineComponent({
  setup() {
    useGlobalEffects();
    return () => h('div');
  },
});

describe('useGlobalEffects', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('should turn the settings into CSS variables and attributes on <html>', async () => {
    const i18n = createKioskI18n();
    mount(Host, { global: { plugins: [i18n] } });
    const html = document.documentElement;
    const settings = useSettingsStore();

    expect(html.style.getPropertyValue('--kiosk-font-size')).toBe('24px');
    expect(html.dataset.theme).toBe('default');
    expect(html.lang).toBe('zh-CN');

    settings.setFontSize('extraLarge');
    settings.setHighContrast(true);
    settings.setLocale('en-US');
    await nextTick();

    expect(html.style.getPropertyValue('--kiosk-font-size')).toBe('36px');
    expect(html.dataset.fontSize).toBe('extraLarge');
    expect(html.dataset.theme).toBe('high-contrast');
    expect(html.lang).toBe('en-US');
    expect(i18n.global.locale.value).toBe('en-US');
    expect(setRequestLocale).toHaveBeenLastCalledWith('en-US');
    expect(document.title).toBe('Happiness Canteen');
  });
});
