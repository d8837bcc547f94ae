import { createApiClient } from '@canteen/api-client';

/**
 * What every request carries. The device store sets the token once it is paired and the global effects
 * set the language, so endpoint functions never reach into stores themselves.
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

/**
 * The `X-Device-Token` header the kiosk endpoints require (a typed parameter in the contract): the paired
 * token, or `override` when a new token is being tried.
 */
export function deviceTokenHeader(override?: string): { 'X-Device-Token': string } {
  return { 'X-Device-Token': override ?? requestContext.deviceToken ?? '' };
}

export function requestSignal(): AbortSignal {
  return AbortSignal.timeout(REQUEST_TIMEOUT_MS);
}

export const kioskClient = createApiClient({
  headers: () => ({ 'Accept-Language': requestContext.locale }),
});
