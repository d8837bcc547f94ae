import { ApiError } from '@canteen/api-client';
import { ErrorCode, quoteSubsidy, type SubsidyPolicy } from '@canteen/shared';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getKioskMenuApi, getSubsidyBasisApi, identifyElderApi, placeOrderApi, type SubsidyBasisDto } from '@/api';
import {
  buildDeviceInfo,
  buildIdentity,
  buildKioskMenu,
  buildMenuItem,
  buildOrder,
  buildSubsidyBasis,
  DEMO_CARD_NUMBER,
} from '@/testing/fixtures';
import { StorageKey } from '@/utils/kiosk-storage';
import { useCartStore } from './cart';
import { useDeviceStore } from './device';
import { useElderSessionStore } from './elder-session';
import { useMenuStore } from './menu';
import { useOrderStore } from './order';
import { useSubsidyPreviewStore } from './subsidy-preview';

vi.mock('@/api', async () => (await import('@/testing/api-mock')).apiModuleMock());

const LUNCH = { serviceDate: '2026-11-23', slot: 'LUNCH' } as const;
const pork = buildMenuItem({ id: 'item-1', name: '红烧肉', priceFen: 1200 });
const greens = buildMenuItem({ id: 'item-2', name: '清炒时蔬', priceFen: 400 });

/** What the engine itself says for this basis and cart: the preview must be exactly this. */
function engine(basis: SubsidyBasisDto, items: { priceFen: number; qty: number }[]) {
  const { totalFen, subsidyFen, payableFen } = quoteSubsidy({
    policy: basis.policy as SubsidyPolicy | null,
    elder: basis.elder,
    serviceDate: basis.serviceDate,
    slot: basis.slot,
    channel: 'DINE_IN',
    items,
    deliveryFeeFen: 0,
    usage: basis.usage,
  });
  return { totalFen, subsidyFen, payableFen };
}

/** Identifies the demo elder with the menu on screen; resolves once the basis request has been answered. */
async function identifyWith(basis: SubsidyBasisDto | Error): Promise<void> {
  vi.mocked(getKioskMenuApi).mockResolvedValue(buildKioskMenu({ items: [pork, greens] }));
  await useMenuStore().load();
  vi.mocked(identifyElderApi).mockResolvedValue(buildIdentity());
  if (basis instanceof Error) vi.mocked(getSubsidyBasisApi).mockRejectedValue(basis);
  else vi.mocked(getSubsidyBasisApi).mockResolvedValue(basis);
  await expect(useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER)).resolves.toBe(true);
  await vi.waitFor(() => expect(useSubsidyPreviewStore().loading).toBe(false));
}

describe('useSubsidyPreviewStore', () => {
  let pinia: Pinia;

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(StorageKey.DEVICE_TOKEN, 'tok-123');
    localStorage.setItem(StorageKey.DEVICE_INFO, JSON.stringify(buildDeviceInfo()));
    pinia = createPinia();
    setActivePinia(pinia);
  });

  it('should fetch the basis for the meal on screen right after identification', async () => {
    await identifyWith(buildSubsidyBasis());

    expect(getSubsidyBasisApi).toHaveBeenCalledExactlyOnceWith('elder-1', LUNCH);
    expect(useSubsidyPreviewStore().hasBasis).toBe(true);
  });

  it('should preview exactly what the shared engine computes, following every change of the cart', async () => {
    const basis = buildSubsidyBasis();
    await identifyWith(basis);
    const sut = useSubsidyPreviewStore();
    const cart = useCartStore();
    expect(sut.preview).toBeNull();

    cart.add(pork, LUNCH);
    expect(sut.preview).toEqual(engine(basis, [{ priceFen: 1200, qty: 1 }]));
    expect(sut.preview).toEqual({ totalFen: 1200, subsidyFen: 500, payableFen: 700 });

    cart.add(pork, LUNCH);
    cart.add(greens, LUNCH);
    expect(sut.preview).toEqual(engine(basis, [{ priceFen: 1200, qty: 2 }, { priceFen: 400, qty: 1 }]));

    cart.remove('item-1');
    cart.remove('item-1');
    cart.remove('item-2');
    expect(sut.preview).toBeNull();
  });

  it.each([
    ['a category tier', buildSubsidyBasis({ elder: { birthDate: '1958-01-01', categories: ['TEKUN'], assessmentGrade: null, eligible: true } })],
    ['a lapsed review', buildSubsidyBasis({ elder: { birthDate: '1941-05-01', categories: [], assessmentGrade: null, eligible: false } })],
    ['the meal of the day already used', buildSubsidyBasis({ usage: { mealsToday: 1, mealsThisSlot: 1, subsidyThisMonthFen: 500 } })],
    ['the monthly cap nearly used', buildSubsidyBasis({ usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 8800 } })],
    ['no policy in force', buildSubsidyBasis({ policy: null })],
  ])('should agree with the engine for %s', async (_, basis) => {
    await identifyWith(basis);
    const cart = useCartStore();
    cart.add(pork, LUNCH);
    cart.add(greens, LUNCH);

    expect(useSubsidyPreviewStore().preview).toEqual(engine(basis, [{ priceFen: 1200, qty: 1 }, { priceFen: 400, qty: 1 }]));
  });

  it('should keep nothing of the basis in the state the screens can read: no tier, no category', async () => {
    await identifyWith(buildSubsidyBasis({ elder: { birthDate: '1958-01-01', categories: ['TEKUN'], assessmentGrade: 'SEVERE', eligible: true } }));
    useCartStore().add(pork, LUNCH);

    const state = JSON.stringify(pinia.state.value);
    for (const hidden of ['TEKUN', 'SEVERE', 'CARE', 'AGE_80', '1958-01-01']) expect(state).not.toContain(hidden);
    expect(Object.keys(useSubsidyPreviewStore().preview ?? {}).sort()).toEqual(['payableFen', 'subsidyFen', 'totalFen']);
  });

  it('should give no preview for a visitor, and fetch nothing', async () => {
    useElderSessionStore().continueAsVisitor();
    useCartStore().add(pork, LUNCH);

    expect(useSubsidyPreviewStore().preview).toBeNull();
    expect(getSubsidyBasisApi).not.toHaveBeenCalled();
  });

  it('should quietly give no preview when offline, and keep the device paired', async () => {
    await identifyWith(new ApiError(0, { code: ErrorCode.NETWORK_ERROR, message: 'offline' }));
    useCartStore().add(pork, LUNCH);

    expect(useSubsidyPreviewStore().preview).toBeNull();
    expect(useDeviceStore().isPaired).toBe(true);
    expect(useElderSessionStore().isIdentified).toBe(true);
  });

  it('should hand a refused device to pairing', async () => {
    await identifyWith(new ApiError(401, { code: ErrorCode.DEVICE_REVOKED, message: 'revoked' }));

    expect(useDeviceStore().isPaired).toBe(false);
    expect(useSubsidyPreviewStore().preview).toBeNull();
  });

  it('should give no preview for a cart of another meal than the basis', async () => {
    await identifyWith(buildSubsidyBasis({ serviceDate: '2026-11-23', slot: 'DINNER' }));
    useCartStore().add(pork, LUNCH);

    expect(useSubsidyPreviewStore().preview).toBeNull();
  });

  it('should fetch the basis again when the menu turns to another meal, and never without an elder', async () => {
    const sut = useSubsidyPreviewStore();
    await expect(sut.followMeal({ serviceDate: '2026-11-23', slot: 'DINNER' })).resolves.toBe(false);
    expect(getSubsidyBasisApi).not.toHaveBeenCalled();

    await identifyWith(buildSubsidyBasis());
    await expect(sut.followMeal(LUNCH)).resolves.toBe(true);
    expect(getSubsidyBasisApi).toHaveBeenCalledOnce();

    const dinner = buildSubsidyBasis({ slot: 'DINNER' });
    vi.mocked(getSubsidyBasisApi).mockResolvedValue(dinner);
    await expect(sut.followMeal({ serviceDate: '2026-11-23', slot: 'DINNER' })).resolves.toBe(true);
    expect(getSubsidyBasisApi).toHaveBeenLastCalledWith('elder-1', { serviceDate: '2026-11-23', slot: 'DINNER' });
    useCartStore().add(pork, { serviceDate: '2026-11-23', slot: 'DINNER' });
    expect(sut.preview).toEqual(engine(dinner, [{ priceFen: 1200, qty: 1 }]));

    useElderSessionStore().$reset();
    await expect(sut.followMeal(LUNCH)).resolves.toBe(false);
    expect(getSubsidyBasisApi).toHaveBeenCalledTimes(2);
  });

  it('should give no preview for a policy this build cannot read', async () => {
    const basis = buildSubsidyBasis();
    const unreadable = { ...basis, policy: { ...basis.policy!, limits: { mealsPerDay: 1 } } } as unknown as SubsidyBasisDto;
    await identifyWith(unreadable);
    useCartStore().add(pork, LUNCH);

    expect(useSubsidyPreviewStore().preview).toBeNull();
  });

  it('should be cleared with the elder session (结束, idle reset), and drop an answer arriving after it', async () => {
    await identifyWith(buildSubsidyBasis());
    useElderSessionStore().$reset();
    useCartStore().add(pork, LUNCH);
    expect(useSubsidyPreviewStore().hasBasis).toBe(false);
    expect(useSubsidyPreviewStore().preview).toBeNull();

    let answer: (basis: SubsidyBasisDto) => void = () => {};
    vi.mocked(getSubsidyBasisApi).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await useElderSessionStore().identify('CARD', DEMO_CARD_NUMBER);
    useElderSessionStore().$reset();
    answer(buildSubsidyBasis());
    await Promise.resolve();

    expect(useSubsidyPreviewStore().hasBasis).toBe(false);
    expect(useSubsidyPreviewStore().preview).toBeNull();
  });

  it('should be cleared once the order is placed', async () => {
    await identifyWith(buildSubsidyBasis());
    useCartStore().add(pork, LUNCH);
    vi.mocked(placeOrderApi).mockResolvedValue(buildOrder());

    await expect(useOrderStore().place('CASH')).resolves.toBe(true);

    expect(useSubsidyPreviewStore().hasBasis).toBe(false);
    useCartStore().add(pork, LUNCH);
    expect(useSubsidyPreviewStore().preview).toBeNull();
  });
});
