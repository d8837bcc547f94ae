import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { getKioskMenuApi } from '@/api';
import { buildDeviceInfo, buildKioskMenu } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { MENU_REFRESH_INTERVAL_MS, useMenuRefresh } from './use-menu-refresh';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const Host = defineComponent({
  setup() {
    useMenuRefresh();
    return () => h('div');
  },
});

describe('useMenuRefresh', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    setActivePinia(createPinia());
    vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu());
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('should load at once and then every 60 seconds', async () => {
    const wrapper = mount(Host);
    await vi.advanceTimersByTimeAsync(0);
    expect(getKioskMenuApi).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(MENU_REFRESH_INTERVAL_MS - 1);
    expect(getKioskMenuApi).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(getKioskMenuApi).toHaveBeenCalledTimes(2);

    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(MENU_REFRESH_INTERVAL_MS * 3);
    expect(getKioskMenuApi).toHaveBeenCalledTimes(2);
  });

  it('should refresh as soon as the network comes back', async () => {
    const wrapper = mount(Host);
    await vi.advanceTimersByTimeAsync(0);

    window.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);

    expect(getKioskMenuApi).toHaveBeenCalledTimes(2);
    wrapper.unmount();
  });

  it('should be 60 seconds', () => {
    expect(MENU_REFRESH_INTERVAL_MS).toBe(60_000);
  });
});
