import { unwrap } from '@canteen/api-client';
import { deviceTokenHeader, kioskClient, requestSignal } from './request';
import type { KioskIdentifyDto, KioskIdentityDto } from './types';

/**
 * Who is at the kiosk, from a card number (or its QR payload) or a resident ID number. The value is sent
 * once and kept nowhere: the answer carries only a masked name, a photo and what the elder is entitled to.
 */
export function identifyElderApi(body: KioskIdentifyDto): Promise<KioskIdentityDto> {
  return unwrap(
    kioskClient.POST('/api/v1/kiosk/identify', {
      params: { header: deviceTokenHeader() },
      body,
      signal: requestSignal(),
    }),
  );
}
