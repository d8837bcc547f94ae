import { unwrap } from '@canteen/api-client';
import { deviceTokenHeader, kioskClient, requestSignal } from './request';
import type { KioskDeviceInfoDto, KioskMenuDto } from './types';

/**
 * The paired device and its canteen. With `deviceToken`, checks that token instead of the stored one
 * (pairing verifies a token before keeping it).
 */
export function getKioskDeviceApi(deviceToken?: string): Promise<KioskDeviceInfoDto> {
  return unwrap(
    kioskClient.GET('/api/v1/kiosk/device', {
      params: { header: deviceTokenHeader(deviceToken) },
      signal: requestSignal(),
    }),
  );
}

/** The slot being served now, or the next one to open (`isOpen: false`). */
export function getKioskMenuApi(): Promise<KioskMenuDto> {
  return unwrap(
    kioskClient.GET('/api/v1/kiosk/menu', {
      params: { header: deviceTokenHeader() },
      signal: requestSignal(),
    }),
  );
}
