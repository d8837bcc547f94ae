import { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getKioskDeviceApi, setRequestDeviceToken, type KioskDeviceInfoDto } from '@/api';
import { errorCodeOf, isDeviceRejection } from '@/api/errors';
import { isRecord, readJson, readText, removeItem, StorageKey, writeJson, writeText } from '@/utils/kiosk-storage';

function isDeviceInfo(value: unknown): value is KioskDeviceInfoDto {
  return (
    isRecord(value) &&
    typeof value.deviceId === 'string' &&
    typeof value.deviceName === 'string' &&
    isRecord(value.canteen) &&
    typeof value.canteen.id === 'string' &&
    typeof value.canteen.name === 'string'
  );
}

/**
 * This kiosk's pairing: the device token a manager issued, kept across restarts, and the canteen it
 * belongs to. A token is only kept once the API has accepted it.
 */
export const useDeviceStore = defineStore('device', () => {
  const token = ref<string | null>(null);
  const device = ref<KioskDeviceInfoDto | null>(null);
  const verifying = ref(false);
  /** The API confirmed the stored token during this run (not just read from storage). */
  const verified = ref(false);
  /** Why the last pairing or check failed; shown as `errors.<code>`. */
  const errorCode = ref<ErrorCode | null>(null);

  const isPaired = computed(() => token.value !== null);
  const canteen = computed(() => device.value?.canteen ?? null);

  function hydrate(): void {
    const storedToken = readText(StorageKey.DEVICE_TOKEN);
    token.value = storedToken && storedToken.trim() !== '' ? storedToken : null;
    device.value = token.value ? readJson(StorageKey.DEVICE_INFO, isDeviceInfo) : null;
    setRequestDeviceToken(token.value);
  }

  function keep(newToken: string, info: KioskDeviceInfoDto): void {
    token.value = newToken;
    device.value = info;
    writeText(StorageKey.DEVICE_TOKEN, newToken);
    writeJson(StorageKey.DEVICE_INFO, info);
    setRequestDeviceToken(newToken);
  }

  function forget(): void {
    token.value = null;
    device.value = null;
    verified.value = false;
    removeItem(StorageKey.DEVICE_TOKEN);
    removeItem(StorageKey.DEVICE_INFO);
    setRequestDeviceToken(null);
  }

  /** Checks `candidate` with the API and keeps it only if accepted. Resolves to whether pairing worked. */
  async function pair(candidate: string): Promise<boolean> {
    const trimmed = candidate.trim();
    if (trimmed === '') {
      errorCode.value = ErrorCode.VALIDATION_FAILED;
      return false;
    }
    verifying.value = true;
    errorCode.value = null;
    try {
      const info = await getKioskDeviceApi(trimmed);
      keep(trimmed, info);
      verified.value = true;
      return true;
    } catch (error) {
      errorCode.value = errorCodeOf(error);
      return false;
    } finally {
      verifying.value = false;
    }
  }

  /**
   * Re-checks the stored token (at start-up). If the API refuses it the pairing is dropped; if the API
   * cannot be reached the pairing stays, so the kiosk can keep showing its last menu.
   */
  async function verify(): Promise<void> {
    if (token.value === null) return;
    verifying.value = true;
    try {
      const info = await getKioskDeviceApi();
      device.value = info;
      writeJson(StorageKey.DEVICE_INFO, info);
      verified.value = true;
      errorCode.value = null;
    } catch (error) {
      const code = errorCodeOf(error);
      if (isDeviceRejection(code)) reject(code);
      else errorCode.value = code;
    } finally {
      verifying.value = false;
    }
  }

  /** The API refused the stored token (invalid or revoked): forget it and keep the reason for staff. */
  function reject(code: ErrorCode): void {
    forget();
    errorCode.value = code;
  }

  /** Staff chose to pair this kiosk again. */
  function unpair(): void {
    forget();
    errorCode.value = null;
  }

  /** Back to the state of a fresh start: the stored pairing is read again, nothing else survives. */
  function $reset(): void {
    verifying.value = false;
    verified.value = false;
    errorCode.value = null;
    hydrate();
  }

  hydrate();

  return {
    token,
    device,
    verifying,
    verified,
    errorCode,
    isPaired,
    canteen,
    pair,
    verify,
    reject,
    unpair,
    $reset,
  };
});
