import { vi } from 'vitest';

/**
 * The `@/api` module for `vi.mock('@/api', apiModuleMock)`: every endpoint rejects until a test says what
 * it answers, so a call nobody expected fails loudly instead of passing quietly.
 */
export function apiModuleMock() {
  const unexpected = (name: string) => () => Promise.reject(new Error(`unexpected call to ${name}`));
  return {
    getKioskDeviceApi: vi.fn(unexpected('getKioskDeviceApi')),
    getKioskMenuApi: vi.fn(unexpected('getKioskMenuApi')),
    getSubsidyBasisApi: vi.fn(unexpected('getSubsidyBasisApi')),
    identifyElderApi: vi.fn(unexpected('identifyElderApi')),
    placeOrderApi: vi.fn(unexpected('placeOrderApi')),
    quoteOrderApi: vi.fn(unexpected('quoteOrderApi')),
    setRequestDeviceToken: vi.fn(),
    setRequestLocale: vi.fn(),
  };
}
