import { ApiError } from '@canteen/api-client';
import { ErrorCode } from '@canteen/shared';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identifyElderApi, type KioskIdentityDto } from '@/api';
import { buildDeviceInfo, buildIdentity, DEMO_CARD_NUMBER, DEMO_ID_NUMBER } from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { useDeviceStore } from './device';
import { useElderSessionStore } from './elder-session';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const apiError = (status: number, code: ErrorCode) => new ApiError(status, { code, message: 'server prose' });

describe('useElderSessionStore', () => {
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    setActivePinia(createPinia());
  });

  it('should start with nobody identified', () => {
    const sut = useElderSessionStore();
    expect(sut.elder).toBeNull();
    expect(sut.isIdentified).toBe(false);
    expect(sut.errorCode).toBeNull();
  });

  it('should identify by card and keep only the safe fields', async () => {
    // Whatever else an API might send must never reach the kiosk's state.
    const answer = {
      ...buildIdentity({ photoUrl: '/photos/elder-1.jpg' }),
      name: '张三华',
      idNumber: DEMO_ID_NUMBER,
      categories: ['DIBAO'],
    } as KioskIdentityDto;
    vi.mocked(identifyElderApi).mockResolvedValue(answer);
    const sut = useElderSessionStore();

    await expect(sut.identify('CARD', `XFST:${DEMO_CARD_NUMBER}`)).resolves.toBe(true);

    expect(identifyElderApi).toHaveBeenCalledExactlyOnceWith({ method: 'CARD', value: DEMO_CARD_NUMBER });
    expect(sut.elder).toEqual({
      elderId: 'elder-1',
      maskedName: '张*华',
      photoUrl: '/photos/elder-1.jpg',
      entitlement: { subsidyEligible: true, reviewLapsed: false },
    });
    expect(sut.isIdentified).toBe(true);
    expect(sut.identifying).toBe(false);
    const state = JSON.stringify(sut.$state);
    expect(state).not.toContain('张三华');
    expect(state).not.toContain('DIBAO');
  });

  it('should send an ID number once and keep it nowhere', async () => {
    vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
    const sut = useElderSessionStore();

    await expect(sut.identify('ID_NUMBER', ` ${DEMO_ID_NUMBER.toLowerCase()} `)).resolves.toBe(true);

    expect(identifyElderApi).toHaveBeenCalledExactlyOnceWith({ method: 'ID_NUMBER', value: DEMO_ID_NUMBER });
    expect(JSON.stringify(sut.$state)).not.toContain(DEMO_ID_NUMBER.slice(0, 17));
    const stored = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(stored.join()).not.toContain(DEMO_ID_NUMBER.slice(0, 17));
  });

  it('should refuse a malformed card or ID number without asking the API', async () => {
    const sut = useElderSessionStore();

    await expect(sut.identify('CARD', '100000000009')).resolves.toBe(false);
    expect(sut.errorCode).toBe(ErrorCode.ELDER_CARD_INVALID);

    await expect(sut.identify('ID_NUMBER', '110105194912310021')).resolves.toBe(false);
    expect(sut.errorCode).toBe(ErrorCode.ELDER_ID_NUMBER_INVALID);

    expect(identifyElderApi).not.toHaveBeenCalled();
  });

  it.each([
    [404, ErrorCode.ELDER_NOT_FOUND],
    [403, ErrorCode.ELDER_CARD_BLOCKED],
    [403, ErrorCode.ELDER_SUSPENDED],
    [403, ErrorCode.ELDER_DECEASED],
    [403, ErrorCode.ELDER_MOVED_OUT],
    [422, ErrorCode.ELDER_CARD_INVALID],
    [422, ErrorCode.ELDER_ID_NUMBER_INVALID],
    [429, ErrorCode.TOO_MANY_REQUESTS],
    [0, ErrorCode.NETWORK_ERROR],
    [500, ErrorCode.INTERNAL],
  ])('should expose %i %s and identify nobody', async (status, code) => {
    vi.mocked(identifyElderApi).mockRejectedValue(apiError(status, code));
    const sut = useElderSessionStore();

    await expect(sut.identify('CARD', DEMO_CARD_NUMBER)).resolves.toBe(false);

    expect(sut.errorCode).toBe(code);
    expect(sut.elder).toBeNull();
    expect(sut.identifying).toBe(false);
    expect(useDeviceStore().isPaired).toBe(true);
  });

  it('should drop the pairing when the API refuses the device', async () => {
    vi.mocked(identifyElderApi).mockRejectedValue(apiError(401, ErrorCode.DEVICE_REVOKED));
    const sut = useElderSessionStore();

    await expect(sut.identify('CARD', DEMO_CARD_NUMBER)).resolves.toBe(false);

    expect(sut.errorCode).toBe(ErrorCode.DEVICE_REVOKED);
    expect(useDeviceStore().isPaired).toBe(false);
  });

  it('should clear the elder, the visitor flag and any error on $reset', async () => {
    vi.mocked(identifyElderApi).mockResolvedValueOnce(buildIdentity()).mockRejectedValueOnce(apiError(404, ErrorCode.ELDER_NOT_FOUND));
    const sut = useElderSessionStore();
    await sut.identify('CARD', DEMO_CARD_NUMBER);
    await sut.identify('CARD', DEMO_CARD_NUMBER);
    expect(sut.errorCode).toBe(ErrorCode.ELDER_NOT_FOUND);

    sut.$reset();

    expect(sut.elder).toBeNull();
    expect(sut.isIdentified).toBe(false);
    expect(sut.errorCode).toBeNull();
    sut.continueAsVisitor();
    expect(sut.visitor).toBe(true);
    sut.$reset();
    expect(sut.visitor).toBe(false);
  });

  it('should drop an answer that arrives after the visit was reset', async () => {
    let answer: (identity: KioskIdentityDto) => void = () => undefined;
    vi.mocked(identifyElderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const sut = useElderSessionStore();
    const pending = sut.identify('CARD', DEMO_CARD_NUMBER);

    sut.$reset();
    answer(buildIdentity());

    await expect(pending).resolves.toBe(false);
    expect(sut.elder).toBeNull();
    expect(sut.identifying).toBe(false);
  });

  it('should not send a second request while one is under way', async () => {
    let answer: (identity: KioskIdentityDto) => void = () => undefined;
    vi.mocked(identifyElderApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const sut = useElderSessionStore();
    const first = sut.identify('CARD', DEMO_CARD_NUMBER);

    await expect(sut.identify('CARD', DEMO_CARD_NUMBER)).resolves.toBe(false);
    answer(buildIdentity());

    await expect(first).resolves.toBe(true);
    expect(identifyElderApi).toHaveBeenCalledTimes(1);
  });
});
