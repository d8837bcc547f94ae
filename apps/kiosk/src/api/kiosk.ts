import { unwrap } from '@canteen/api-client';
import type { MealSlot } from '@canteen/shared';
import { deviceTokenHeader, kioskClient, requestSignal } from './request';
import type { KioskDeviceInfoDto, KioskMenuDto, SubsidyBasisDto } from './types';

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

/**
 * What the subsidy preview needs besides the cart, for the elder just identified and a meal of this
 * canteen (default: the slot the menu shows). The server's quote still decides.
 */
export function getSubsidyBasisApi(elderId: string, meal?: { serviceDate: string; slot: MealSlot }): Promise<SubsidyBasisDto> {
  return unwrap(
    kioskClient.GET('/api/v1/kiosk/elders/{elderId}/subsidy-basis', {
      params: { header: deviceTokenHeader(), path: { elderId }, ...(meal ? { query: meal } : {}) },
      signal: requestSignal(),
    }),
  );
}
