import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { buildDeviceInfo } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { createKioskRouter } from './router';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

describe('createKioskRouter', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('should send an unpaired kiosk to pairing', async () => {
    const router = createKioskRouter(createMemoryHistory());

    await router.push('/menu');

    expect(router.currentRoute.value.name).toBe('pairing');
  });

  it('should open the welcome screen on a paired kiosk, from any address', async () => {
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    const router = createKioskRouter(createMemoryHistory());

    await router.push('/');
    expect(router.currentRoute.value.name).toBe('welcome');

    await router.push('/pair');
    expect(router.currentRoute.value.name).toBe('welcome');

    await router.push('/somewhere/else');
    expect(router.currentRoute.value.name).toBe('welcome');
  });

  it('should keep identify and the menu for a paired kiosk only', async () => {
    const router = createKioskRouter(createMemoryHistory());

    await router.push('/identify');
    expect(router.currentRoute.value.name).toBe('pairing');

    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    setActivePinia(createPinia());
    const paired = createKioskRouter(createMemoryHistory());
    await paired.push('/identify');
    expect(paired.currentRoute.value.name).toBe('identify');
    await paired.push('/menu');
    expect(paired.currentRoute.value.name).toBe('menu');
  });

  it('should send a reloaded ordering step back to where it can start again (nothing is kept across a reload)', async () => {
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    const router = createKioskRouter(createMemoryHistory());

    await router.push('/review');
    expect(router.currentRoute.value.name).toBe('menu');
    await router.push('/pay');
    expect(router.currentRoute.value.name).toBe('menu');
    await router.push('/ticket');
    expect(router.currentRoute.value.name).toBe('welcome');
  });
});
