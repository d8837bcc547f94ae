import type {
  KioskDeviceInfoDto,
  KioskIdentityDto,
  KioskMenuDto,
  MenuItemDto,
  OrderDto,
  OrderQuoteDto,
  SubsidyBasisDto,
} from '@/api';

/** Test data builders: each call returns a fresh object, overridable field by field. */
export function buildMenuItem(overrides: Partial<MenuItemDto> = {}): MenuItemDto {
  return {
    id: 'item-1',
    dishId: 'dish-1',
    name: '红烧肉',
    description: '肥而不腻，炖得软烂',
    photoUrl: '/kiosk/dishes/pork.svg',
    priceFen: 1200,
    portions: 40,
    portionsLeft: 25,
    soldOut: false,
    dietTags: ['SOFT'],
    allergens: ['SOY'],
    ...overrides,
  };
}

export function buildKioskMenu(overrides: Partial<KioskMenuDto> = {}): KioskMenuDto {
  return {
    canteen: { id: 'canteen-1', name: '翠湖社区幸福食堂' },
    serviceDate: '2026-11-23',
    slot: 'LUNCH',
    start: '11:00',
    end: '13:30',
    isOpen: true,
    items: [buildMenuItem()],
    ...overrides,
  };
}

export function buildDeviceInfo(overrides: Partial<KioskDeviceInfoDto> = {}): KioskDeviceInfoDto {
  return {
    deviceId: 'device-1',
    deviceName: '大厅 1 号机',
    canteen: { id: 'canteen-1', name: '翠湖社区幸福食堂', address: '翠湖路 12 号', timeZone: 'Asia/Shanghai' },
    ...overrides,
  };
}

export function buildIdentity(overrides: Partial<KioskIdentityDto> = {}): KioskIdentityDto {
  return {
    elderId: 'elder-1',
    maskedName: '张*华',
    photoUrl: null,
    entitlement: { subsidyEligible: true, reviewLapsed: false },
    ...overrides,
  };
}

/** Valid demo credentials (Luhn card number; GB 11643 check character). Not a real person. */
export const DEMO_CARD_NUMBER = '100000000008';
export const DEMO_ID_NUMBER = '11010519491231002X';

export function buildOrderQuote(overrides: Partial<OrderQuoteDto> = {}): OrderQuoteDto {
  return {
    serviceDate: '2026-11-23',
    slot: 'LUNCH',
    channel: 'DINE_IN',
    lines: [{ menuItemId: 'item-1', dishId: 'dish-1', name: '红烧肉', priceFen: 1200, qty: 2, lineFen: 2400 }],
    deliveryFeeFen: 0,
    totalFen: 2400,
    subsidyFen: 500,
    payableFen: 1900,
    reasons: ['TIER_CHOSEN'],
    ...overrides,
  };
}

export function buildOrder(overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    ...buildOrderQuote(),
    id: 'order-1',
    ticketNo: 'A-007',
    status: 'PLACED',
    canteen: { id: 'canteen-1', name: '翠湖社区幸福食堂' },
    elderMaskedName: '张*华',
    paymentMethod: 'CASH',
    placedAt: '2026-11-23T03:32:00.000Z',
    paidAt: null,
    servedAt: null,
    cancelledAt: null,
    cancelReason: null,
    tierCode: null,
    policyVersion: null,
    policyId: null,
    funding: [],
    elderId: null,
    ...overrides,
  };
}

/** An example policy (amounts are configuration, like every amount in tests): 80+ 500 fen, 60+ 300 fen off. */
export function buildSubsidyBasis(overrides: Partial<SubsidyBasisDto> = {}): SubsidyBasisDto {
  return {
    serviceDate: '2026-11-23',
    slot: 'LUNCH',
    policy: {
      tiers: [
        { code: 'CARE', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
        { code: 'AGE_80', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
        { code: 'BASE', when: { minAge: 60 }, benefit: { type: 'FIXED', fen: 300 } },
      ],
      limits: { mealsPerDay: 1, mealsPerSlot: 1, monthlyCapFen: 9000 },
      slots: ['LUNCH', 'DINNER'],
      channels: ['DINE_IN', 'DELIVERY'],
      minSelfPayFen: 100,
      deliverySubsidyFen: 200,
      funding: [
        { source: 'CITY', bp: 5000 },
        { source: 'DISTRICT', bp: 5000 },
      ],
    },
    elder: { birthDate: '1941-05-01', categories: [], assessmentGrade: null, eligible: true },
    usage: { mealsToday: 0, mealsThisSlot: 0, subsidyThisMonthFen: 0 },
    ...overrides,
  };
}
