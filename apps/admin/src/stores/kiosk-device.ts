import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getKioskDevicesApi, registerKioskDeviceApi, revokeKioskDeviceApi } from '@/api/kiosk-devices';
import type { KioskDeviceDto, RegisteredKioskDeviceDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

export const useKioskDeviceStore = defineStore('kioskDevice', () => {
  const canteenId = ref<string | null>(null);
  const devices = ref<KioskDeviceDto[]>([]);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  async function load(id: string): Promise<void> {
    if (canteenId.value !== id) devices.value = [];
    canteenId.value = id;
    loading.value = true;
    errorCode.value = null;
    try {
      devices.value = await getKioskDevicesApi(id);
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  /**
   * Registers a kiosk and returns its token for the caller to show once. The token is deliberately not
   * kept in the store: it must not outlive the dialog that shows it.
   */
  async function register(id: string, name: string): Promise<RegisteredKioskDeviceDto> {
    const registered = await registerKioskDeviceApi({ canteenId: id, name });
    const { token: _token, ...device } = registered;
    if (canteenId.value === id) devices.value.unshift(device);
    return registered;
  }

  async function revoke(deviceId: string): Promise<KioskDeviceDto> {
    const revoked = await revokeKioskDeviceApi(deviceId);
    const index = devices.value.findIndex((device) => device.id === revoked.id);
    if (index >= 0) devices.value.splice(index, 1, revoked);
    return revoked;
  }

  function $reset(): void {
    canteenId.value = null;
    devices.value = [];
    loading.value = false;
    errorCode.value = null;
  }

  return { canteenId, devices, loading, errorCode, load, register, revoke, $reset };
});
