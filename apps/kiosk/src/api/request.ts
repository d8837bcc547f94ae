import { createApiClient, type ApiClient } from '@canteen/api-client';

/**
 * What every request carries. The device store sets the token once it is paired and the settings store
 * sets the language, so endpoint functions stay one line and never reach into stores themselves.
 */
const requestContext: { deviceToken: string | null; locale: string } = {
  deviceToken: null,
  locale: 'zh-CN',
};

/** A request that gets no answer in this time counts as a network failure (the kiosk then shows its last menu). */
export const REQUEST_TIMEOUT_MS = 10_000;

export function setRequestDeviceToken(token: string | null): void {
  requestContext.deviceToken = token;
}

export function setRequestLocale(locale: string): void {
  requestContext.locale = locale;
}

/** A client for the kiosk endpoints; `deviceToken` overrides the paired token (used to test a new one). */
export function createKioskClient(deviceToken: () => string | null = () => requestContext.deviceToken): ApiClient {
  return createApiClient({
    headers: () => ({
      'X-Device-Token': deviceToken() ?? undefined,
      'Accept-Language': requestContext.locale,
    }),
  });
}

export const kioskClient = createKioskClient();
