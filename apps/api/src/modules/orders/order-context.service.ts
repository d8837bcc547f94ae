import { HttpStatus, Injectable } from '@nestjs/common';
import {
  CANTEEN_ROLES,
  currentOrNextSlot,
  ErrorCode,
  localDateTime,
  type MealSlot,
  type OrderChannel,
  type QuoteElder,
  type SubsidyPolicy,
  reviewStateFor,
} from '@canteen/shared';
import type { Actor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CanteenAccessService } from '../canteens/canteen-access.service.js';
import type { CanteenEntity } from '../canteens/canteen.entity.js';
import { CanteensRepository } from '../canteens/canteens.repository.js';
import { ElderIdentificationService } from '../elders/elder-identification.service.js';
import type { ElderEntity } from '../elders/elder.entity.js';
import { EldersRepository } from '../elders/elders.repository.js';
import { type CartLine, MenusRepository } from '../menus/menus.repository.js';
import { SubsidyPoliciesRepository } from '../subsidies/subsidy-policies.repository.js';
import type { SubsidyPolicyEntity } from '../subsidies/subsidy-policy.entity.js';
import type { QuoteOrderDto } from './dto/order.dto.js';

export interface OrderContext {
  canteen: CanteenEntity;
  serviceDate: string;
  slot: MealSlot;
  channel: OrderChannel;
  lines: { item: CartLine; qty: number }[];
  /** The lines as the engine sees them. */
  items: { priceFen: number; qty: number }[];
  deliveryFeeFen: number;
  elder: ElderEntity | null;
  elderId: string | null;
  /** What the engine needs of the elder, on the service date. */
  quoteElder: QuoteElder | null;
  /** The district that pays: the first six digits of the elder's 户籍 code. */
  payingDistrict: string | null;
  /** The paying district's version in force on the service date (null: none, or a visitor). */
  policyRow: SubsidyPolicyEntity | null;
  policy: SubsidyPolicy | null;
}

/** What decides an elder's subsidy on a date, besides the cart. */
export type SubsidyFacts = Pick<OrderContext, 'payingDistrict' | 'policyRow' | 'policy' | 'quoteElder'>;

const NO_SUBSIDY_FACTS: SubsidyFacts = { payingDistrict: null, policyRow: null, policy: null, quoteElder: null };

/** Everything an order is about, resolved and checked before any money moves. */
@Injectable()
export class OrderContextService {
  constructor(
    private readonly canteens: CanteensRepository,
    private readonly canteenAccess: CanteenAccessService,
    private readonly menus: MenusRepository,
    private readonly identification: ElderIdentificationService,
    private readonly elders: EldersRepository,
    private readonly policies: SubsidyPoliciesRepository,
  ) {}

  async resolve(actor: Actor, dto: QuoteOrderDto, now = new Date()): Promise<OrderContext> {
    const canteen = await this.canteenFor(actor, dto.canteenId);
    const { serviceDate, slot } = this.mealFor(canteen, dto, now);
    const onMenu = await this.menus.findCartLines(canteen.id, serviceDate, slot, dto.items.map((input) => input.menuItemId));
    const byId = new Map(onMenu.map((item) => [item.id, item]));
    const lines = dto.items.map((input, index) => {
      const item = byId.get(input.menuItemId);
      if (!item || !item.active) {
        throw new DomainException(ErrorCode.MENU_ITEM_NOT_FOUND, HttpStatus.UNPROCESSABLE_ENTITY, 'Not on this menu', [
          { field: `items.${index}.menuItemId`, constraint: 'onMenu' },
        ]);
      }
      return { item, qty: input.qty };
    });
    if (dto.channel === 'DINE_IN' && dto.delivery) {
      throw DomainException.invalidField('delivery', 'deliveryOnly', 'A delivery fee belongs to a DELIVERY order');
    }
    const elder = await this.elderFor(dto);
    const facts = elder ? await this.subsidyFactsOf(elder, serviceDate) : NO_SUBSIDY_FACTS;
    return {
      canteen,
      serviceDate,
      slot,
      channel: dto.channel,
      lines,
      items: lines.map((line) => ({ priceFen: line.item.priceFen, qty: line.qty })),
      deliveryFeeFen: dto.delivery?.feeFen ?? 0,
      elder,
      elderId: elder?.id ?? null,
      ...facts,
    };
  }

  /**
   * The meal asked for, or the one the canteen's menu shows now (as GET /kiosk/menu does); 422 for a day
   * gone by. Orders, quotes and the kiosk's subsidy preview all pick their meal here.
   */
  mealFor(canteen: CanteenEntity, asked: { serviceDate?: string; slot?: MealSlot }, now: Date): { serviceDate: string; slot: MealSlot } {
    const local = localDateTime(now, canteen.timeZone);
    let meal: { serviceDate: string; slot: MealSlot };
    if (asked.serviceDate && asked.slot) {
      meal = { serviceDate: asked.serviceDate, slot: asked.slot };
    } else {
      const occurrence = currentOrNextSlot(canteen.slots, local.date, local.time);
      if (!occurrence) throw DomainException.notFound(ErrorCode.MENU_NO_UPCOMING_SLOT, 'This canteen has no meal slots');
      meal = { serviceDate: asked.serviceDate ?? occurrence.serviceDate, slot: asked.slot ?? occurrence.slot };
    }
    if (meal.serviceDate < local.date) {
      throw DomainException.invalidField('serviceDate', 'notPast', 'Orders are for today or coming days, never a day gone by');
    }
    return meal;
  }

  /**
   * What decides an elder's subsidy on a date besides the cart: the district that pays (the 户籍 code's
   * first six digits), its policy version in force then, and the elder as the engine sees them.
   */
  async subsidyFactsOf(elder: ElderEntity, serviceDate: string): Promise<SubsidyFacts> {
    const payingDistrict = elder.registeredRegionCode.length >= 6 ? elder.registeredRegionCode.slice(0, 6) : null;
    const [policyRow, eligibility] = await Promise.all([
      payingDistrict ? this.policies.findInForce(payingDistrict, serviceDate) : Promise.resolve(null),
      this.elders.loadEligibility([elder.id], serviceDate),
    ]);
    return {
      payingDistrict,
      policyRow,
      // Stored documents were validated when drafted and again when submitted.
      policy: policyRow ? (JSON.parse(policyRow.document) as SubsidyPolicy) : null,
      quoteElder: {
        birthDate: elder.birthDate,
        categories: eligibility.categories.get(elder.id) ?? [],
        assessmentGrade: eligibility.grades.get(elder.id) ?? null,
        eligible: reviewStateFor(elder.reviewDueOn, serviceDate) !== 'LAPSED',
      },
    };
  }

  private async canteenFor(actor: Actor, canteenId: string | undefined): Promise<CanteenEntity> {
    if (actor.kind === 'device') {
      const canteen = await this.canteens.findById(actor.canteenId);
      if (!canteen) throw DomainException.notFound(ErrorCode.CANTEEN_NOT_FOUND, 'The kiosk canteen no longer exists');
      return canteen;
    }
    const target = canteenId ?? (CANTEEN_ROLES.includes(actor.role) ? actor.canteenId : null);
    if (!target) throw DomainException.invalidField('canteenId', 'isDefined', 'Name the canteen');
    return this.canteenAccess.getReadable(actor, target);
  }

  private async elderFor(dto: QuoteOrderDto): Promise<ElderEntity | null> {
    if (!dto.elder) return null;
    if (dto.elder.cardNo) return this.identification.findOrderingElder({ cardNo: dto.elder.cardNo });
    if (dto.elder.elderId) return this.identification.findOrderingElder({ elderId: dto.elder.elderId });
    throw DomainException.invalidField('elder', 'cardNoOrElderId', 'Give a card number or an elder id, or null for a visitor');
  }
}
