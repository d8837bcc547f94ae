import { randomBytes, randomUUID } from 'node:crypto';
import type { AssessmentGrade, ElderCategory, MealSlot, OrderChannel, SubsidyPolicy } from '@canteen/shared';
import type { DataSource } from 'typeorm';
import type { CanteenEntity } from '../../src/modules/canteens/canteen.entity.js';
import { ElderAssessmentEntity, ElderCategoryEntity } from '../../src/modules/elders/elder-records.entity.js';
import { ElderEntity } from '../../src/modules/elders/elder.entity.js';
import { OrderEntity, OrderLineEntity, type OrderStatus } from '../../src/modules/orders/order.entity.js';

/** A valid policy document (an example, like every amount in tests and demo data). */
export function examplePolicyDocument(overrides: Partial<SubsidyPolicy> = {}): SubsidyPolicy {
  return {
    tiers: [
      { code: 'AGE_80', label: '80 周岁以上', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 500 } },
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
    ...overrides,
  };
}

export interface ElderFacts {
  birthDate: string;
  registeredRegionCode: string;
  residentRegionCode: string;
  categories?: { category: ElderCategory; validFrom: string; validTo?: string | null; status?: 'APPROVED' | 'PENDING' }[];
  assessments?: { grade: AssessmentGrade; assessedOn: string; validUntil: string; status?: 'APPROVED' | 'PENDING' }[];
}

const proposal = () => ({
  id: randomUUID(),
  proposedBy: null,
  proposedByName: '测试',
  proposedAt: new Date(),
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  rejectionReason: null,
});

/** An elder written straight into the tables (no API, no encryption: the simulator reads only dates and codes). */
export async function insertElder(dataSource: DataSource, facts: ElderFacts): Promise<ElderEntity> {
  const elder = Object.assign(new ElderEntity(), {
    id: randomUUID(),
    name: '模拟老人',
    idNumberCipher: 'v1:test',
    idNumberIndex: randomBytes(32).toString('hex'),
    idNumberMasked: '9901**********000X',
    birthDate: facts.birthDate,
    sex: 'F' as const,
    phoneCipher: null,
    phoneIndex: null,
    phoneMasked: null,
    registeredRegionCode: facts.registeredRegionCode,
    residentRegionCode: facts.residentRegionCode,
    address: '测试路2号',
    emergencyContactName: null,
    emergencyContactPhoneCipher: null,
    emergencyContactPhoneMasked: null,
    dietTags: [],
    allergies: '',
    photoUrl: null,
    status: 'ACTIVE' as const,
    statusEffectiveOn: null,
    statusReason: null,
    verifiedOn: null,
    reviewDueOn: null,
    createdBy: null,
  });
  await dataSource.manager.insert(ElderEntity, elder);
  for (const row of facts.categories ?? []) {
    await dataSource.manager.insert(ElderCategoryEntity, {
      ...proposal(),
      elderId: elder.id,
      status: row.status ?? 'APPROVED',
      category: row.category,
      source: '测试',
      evidenceNote: '',
      validFrom: row.validFrom,
      validTo: row.validTo ?? null,
    });
  }
  for (const row of facts.assessments ?? []) {
    await dataSource.manager.insert(ElderAssessmentEntity, {
      ...proposal(),
      elderId: elder.id,
      status: row.status ?? 'APPROVED',
      assessorOrg: '测试评估机构',
      assessedOn: row.assessedOn,
      grade: row.grade,
      reportRef: 'TEST-1',
      validUntil: row.validUntil,
    });
  }
  return elder;
}

export interface OrderFacts {
  canteen: CanteenEntity;
  elder: ElderEntity | null;
  /** The paying district; by default the first six digits of the elder's 户籍 code. */
  elderRegionCode?: string | null;
  serviceDate: string;
  slot: MealSlot;
  channel?: OrderChannel;
  items: { priceFen: number; qty: number }[];
  deliveryFeeFen?: number;
  status?: OrderStatus;
  placedAt: Date;
  /** What was granted when the order was placed. */
  actual?: { subsidyFen: number; tierCode: string | null; funding: { source: string; fen: number }[]; reasons?: string[] };
}

/** An order with its lines written straight into the tables, as the order path would have left it. */
export async function insertOrder(dataSource: DataSource, facts: OrderFacts): Promise<OrderEntity> {
  const itemsFen = facts.items.reduce((sum, item) => sum + item.priceFen * item.qty, 0);
  const deliveryFeeFen = facts.deliveryFeeFen ?? 0;
  const actual = facts.actual ?? { subsidyFen: 0, tierCode: null, funding: [] };
  const order = Object.assign(new OrderEntity(), {
    id: randomUUID(),
    ticketNo: `T-${randomBytes(3).toString('hex')}`,
    idempotencyKey: randomUUID(),
    requestHash: '0'.repeat(64),
    canteenId: facts.canteen.id,
    canteenRegionCode: facts.canteen.regionCode,
    elderId: facts.elder?.id ?? null,
    elderRegionCode:
      facts.elderRegionCode !== undefined ? facts.elderRegionCode : (facts.elder?.registeredRegionCode.slice(0, 6) ?? null),
    serviceDate: facts.serviceDate,
    slot: facts.slot,
    channel: facts.channel ?? 'DINE_IN',
    status: facts.status ?? 'SERVED',
    policyId: null,
    policyVersion: null,
    tierCode: actual.tierCode,
    itemsFen,
    deliveryFeeFen,
    totalFen: itemsFen + deliveryFeeFen,
    subsidyFen: actual.subsidyFen,
    payableFen: itemsFen + deliveryFeeFen - actual.subsidyFen,
    funding: actual.funding,
    reasons: actual.reasons ?? [],
    countedMeal: actual.subsidyFen > 0,
    paymentMethod: 'CASH' as const,
    placedByKind: 'STAFF' as const,
    placedById: randomUUID(),
    placedAt: facts.placedAt,
    paidAt: null,
    servedAt: null,
    cancelledAt: facts.status === 'CANCELLED' ? facts.placedAt : null,
    cancelReason: null,
  });
  await dataSource.manager.insert(OrderEntity, order);
  for (const item of facts.items) {
    await dataSource.manager.insert(OrderLineEntity, {
      id: randomUUID(),
      orderId: order.id,
      menuItemId: randomUUID(),
      dishId: randomUUID(),
      name: '测试菜',
      priceFen: item.priceFen,
      qty: item.qty,
    });
  }
  return order;
}
