import { unwrap } from '@canteen/api-client';
import { createKioskClient, kioskClient, REQUEST_TIMEOUT_MS } from './request';
import type { KioskDeviceInfoDto, KioskMenuDto } from './types';

/**
 * The paired device and its canteen. With `deviceToken`, checks that token instead of the stored one
 * (pairing verifies a token before keeping it).
 */
export function getKioskDeviceApi(deviceToken?: string): Promise<KioskDeviceInfoDto> {
  const client = deviceToken === undefined ? kioskClient : createKioskClient(() => deviceToken);
  return unwrap(client.GET('/api/v1/kiosk/device', { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }));
}

/** The slot being served now, or the next one to open. */
export function getKioskMenuApi(): Promise<KioskMenuDto> {
  return unwrap(kioskClient.GET('/api/v1/kiosk/menu', { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }));
}
