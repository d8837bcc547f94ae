import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  currentOrNextSlot,
  type ElderCategory,
  ErrorCode,
  isWithinScope,
  localDateTime,
  type SubsidyPolicy,
} from '@canteen/shared';
import type { DataSource } from 'typeorm';
import type { DeviceActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { CanteenEntity } from '../canteens/canteen.entity.js';
import { CanteensRepository } from '../canteens/canteens.repository.js';
import { ElderIdentificationService } from '../elders/elder-identification.service.js';
import type { ElderEntity } from '../elders/elder.entity.js';
import { toMenuItemDto } from '../menus/menu.mapper.js';
import { MenusRepository } from '../menus/menus.repository.js';
import { OrderContextService } from '../orders/order-context.service.js';
import { usageKeyOf } from '../orders/subsidy-charge.service.js';
import { UsageRepository } from '../orders/usage.repository.js';
import type { KioskDeviceInfoDto, KioskMenuDto } from './dto/kiosk.dto.js';
import type { SubsidyBasisDto, SubsidyBasisQueryDto } from './dto/subsidy-basis.dto.js';

/** A district (county) code: the first six digits of any region code below it. */
const DISTRICT_CODE_LENGTH = 6;

/** The engine needs no tier names, and a kiosk has no business holding words like 低保对象: they stay home. */
function withoutTierLabels(policy: SubsidyPolicy): SubsidyPolicy {
  return { ...policy, tiers: policy.tiers.map(({ code, when, benefit }) => ({ code, when, benefit })) };
}

/** What a kiosk needs to know, always for the canteen its device belongs to. */
@Injectable()
export class KioskService {
  constructor(
    private readonly canteens: CanteensRepository,
    private readonly menus: MenusRepository,
    private readonly identification: ElderIdentificationService,
    private readonly orderContext: OrderContextService,
    private readonly usage: UsageRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async describeDevice(device: DeviceActor): Promise<KioskDeviceInfoDto> {
    const canteen = await this.canteenOf(device);
    return {
      deviceId: device.deviceId,
      deviceName: device.deviceName,
      canteen: { id: canteen.id, name: canteen.name, address: canteen.address, timeZone: canteen.timeZone },
    };
  }

  /** The slot being served now in the canteen's time zone, or else the next one to open. */
  async currentMenu(device: DeviceActor, now = new Date()): Promise<KioskMenuDto> {
    const canteen = await this.canteenOf(device);
    const local = localDateTime(now, canteen.timeZone);
    const occurrence = currentOrNextSlot(canteen.slots, local.date, local.time);
    if (!occurrence) {
      throw DomainException.notFound(ErrorCode.MENU_NO_UPCOMING_SLOT, 'This canteen has no meal slots');
    }
    const menu = await this.menus.findMenu(canteen.id, occurrence.serviceDate, occurrence.slot);
    const items = (menu?.items ?? []).filter((item) => item.dish.active).map(toMenuItemDto);
    return {
      canteen: { id: canteen.id, name: canteen.name },
      serviceDate: occurrence.serviceDate,
      slot: occurrence.slot,
      start: occurrence.start,
      end: occurrence.end,
      isOpen: occurrence.isOpen,
      items,
    };
  }

  /**
   * The inputs of `quoteSubsidy` besides the cart, for the elder at this kiosk and a meal here (default: the
   * slot its menu shows), so the kiosk can preview the subsidy while dishes are chosen. The same facts the
   * order quote uses (OrderContextService / SubsidyChargeService): the 户籍 district's version in force on
   * the date, categories and the assessment in force then, eligibility by the review date, usage read
   * without locking. Only for an elder this kiosk's district looks after (常住 or 户籍, the staff scope rule
   * one level up): an elder eating elsewhere still gets the server's quote, just no preview.
   */
  async subsidyBasis(device: DeviceActor, elderId: string, query: SubsidyBasisQueryDto, now = new Date()): Promise<SubsidyBasisDto> {
    const canteen = await this.canteenOf(device);
    const { serviceDate, slot } = this.orderContext.mealFor(canteen, query, now);
    const elder = await this.identification.findOrderingElder({ elderId });
    this.assertLooksAfter(canteen, elder);
    const [facts, usage] = await Promise.all([
      this.orderContext.subsidyFactsOf(elder, serviceDate),
      this.usage.read(this.dataSource.manager, usageKeyOf(elder.id, serviceDate, slot)),
    ]);
    const { birthDate, categories, assessmentGrade, eligible } = facts.quoteElder!;
    // The engine's view types them as strings; they are read from the elder's category records.
    const elderCategories = categories as readonly ElderCategory[];
    return {
      serviceDate,
      slot,
      policy: facts.policy ? withoutTierLabels(facts.policy) : null,
      elder: { birthDate, categories: [...elderCategories], assessmentGrade: assessmentGrade ?? null, eligible: eligible !== false },
      usage: { mealsToday: usage.mealsToday, mealsThisSlot: usage.mealsThisSlot, subsidyThisMonthFen: usage.subsidyThisMonthFen },
    };
  }

  /** The kiosk's district looks after elders who live or are registered there. */
  private assertLooksAfter(canteen: CanteenEntity, elder: ElderEntity): void {
    const district = canteen.regionCode.slice(0, DISTRICT_CODE_LENGTH);
    if (!isWithinScope(elder.residentRegionCode, district) && !isWithinScope(elder.registeredRegionCode, district)) {
      throw DomainException.outOfScope('This elder');
    }
  }

  private async canteenOf(device: DeviceActor): Promise<CanteenEntity> {
    const canteen = await this.canteens.findById(device.canteenId);
    if (!canteen) throw DomainException.notFound(ErrorCode.CANTEEN_NOT_FOUND, 'The kiosk canteen no longer exists');
    return canteen;
  }
}
