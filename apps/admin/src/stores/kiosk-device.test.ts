import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKioskDevicesApi, registerKioskDeviceApi, revokeKioskDeviceApi } from '@/api/kiosk-devices';
import type { KioskDeviceDto } from '@/api/types';
import { useKioskDeviceStore } from './kiosk-device';

vi.mock('@/api/kiosk-devices', () => ({
  getKioskDevicesApi: vi.fn(),
  registerKioskDeviceApi: vi.fn(),
  revokeKioskDeviceApi: vi.fn(),
}));

const CANTEEN = 'c0000000-0000-4000-8000-000000000001';
const hallKiosk: KioskDeviceDto = {
  id: 'd0000000-0000-4000-8000-000000000001',
  canteenId: CANTEEN,
  name: '大厅1号机',
  createdAt: '2026-11-20T01:00:00.000Z',
  lastSeenAt: null,
  revokedAt: null,
};

describe('useKioskDeviceStore', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.mocked(getKioskDevicesApi).mockReset().mockResolvedValue([]);
    vi.mocked(registerKioskDeviceApi).mockReset();
    vi.mocked(revokeKioskDeviceApi).mockReset();
  });

  it('should hand the one-time token to the caller without keeping it in the store', async () => {
    vi.mocked(registerKioskDeviceApi).mockResolvedValue({ ...hallKiosk, token: 'kdt_secret' });
    const sut = useKioskDeviceStore();
    await sut.load(CANTEEN);

    const registered = await sut.register(CANTEEN, '大厅1号机');

    expect(registerKioskDeviceApi).toHaveBeenCalledWith({ canteenId: CANTEEN, name: '大厅1号机' });
    expect(registered.token).toBe('kdt_secret');
    expect(sut.devices).toEqual([hallKiosk]);
    expect(JSON.stringify(sut.$state)).not.toContain('kdt_secret');
  });

  it('should show a revoked device as revoked', async () => {
    vi.mocked(getKioskDevicesApi).mockResolvedValue([hallKiosk]);
    const revoked = { ...hallKiosk, revokedAt: '2026-11-23T02:00:00.000Z' };
    vi.mocked(revokeKioskDeviceApi).mockResolvedValue(revoked);
    const sut = useKioskDeviceStore();
    await sut.load(CANTEEN);

    await sut.revoke(hallKiosk.id);

    expect(sut.devices).toEqual([revoked]);
  });
});
