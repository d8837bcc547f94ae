import { Injectable } from '@nestjs/common';
import { currentOrNextSlot, ErrorCode, localDateTime } from '@canteen/shared';
import type { DeviceActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import type { CanteenEntity } from '../canteens/canteen.entity.js';
import { CanteensRepository } from '../canteens/canteens.repository.js';
import { toMenuItemDto } from '../menus/menu.mapper.js';
import { MenusRepository } from '../menus/menus.repository.js';
import type { KioskDeviceInfoDto, KioskMenuDto } from './dto/kiosk.dto.js';

/** What a kiosk needs to know, always for the canteen its device belongs to. */
@Injectable()
export class KioskService {
  constructor(
    private readonly canteens: CanteensRepository,
    private readonly menus: MenusRepository,
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

  private async canteenOf(device: DeviceActor): Promise<CanteenEntity> {
    const canteen = await this.canteens.findById(device.canteenId);
    if (!canteen) throw DomainException.notFound(ErrorCode.CANTEEN_NOT_FOUND, 'The kiosk canteen no longer exists');
    return canteen;
  }
}
