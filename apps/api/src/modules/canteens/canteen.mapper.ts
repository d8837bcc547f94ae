import type { CanteenEntity } from './canteen.entity.js';
import type { CanteenDto } from './dto/canteen.dto.js';

export function toCanteenDto(canteen: CanteenEntity, regionName: string): CanteenDto {
  return {
    id: canteen.id,
    code: canteen.code,
    name: canteen.name,
    kind: canteen.kind,
    regionCode: canteen.regionCode,
    regionName,
    address: canteen.address,
    status: canteen.status,
    openedOn: canteen.openedOn,
    seats: canteen.seats,
    dailyCapacity: canteen.dailyCapacity,
    timeZone: canteen.timeZone,
    slots: canteen.slots,
  };
}
