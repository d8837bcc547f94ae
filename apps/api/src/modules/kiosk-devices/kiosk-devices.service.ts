import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@canteen/shared';
import type { DeviceActor, StaffActor } from '../../common/auth/actor.js';
import { DomainException } from '../../common/errors/domain.exception.js';
import { CanteenAccessService } from '../canteens/canteen-access.service.js';
import { hashDeviceToken, looksLikeDeviceToken, newDeviceToken } from './device-token.js';
import type { KioskDeviceDto, RegisteredKioskDeviceDto, RegisterKioskDeviceDto } from './dto/kiosk-device.dto.js';
import { KioskDeviceEntity } from './kiosk-device.entity.js';
import { KioskDevicesRepository } from './kiosk-devices.repository.js';

function toKioskDeviceDto(device: KioskDeviceEntity): KioskDeviceDto {
  return {
    id: device.id,
    canteenId: device.canteenId,
    name: device.name,
    createdAt: device.createdAt.toISOString(),
    lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
    revokedAt: device.revokedAt?.toISOString() ?? null,
  };
}

@Injectable()
export class KioskDevicesService {
  private readonly logger = new Logger(KioskDevicesService.name);

  constructor(
    private readonly devices: KioskDevicesRepository,
    private readonly access: CanteenAccessService,
  ) {}

  async register(actor: StaffActor, dto: RegisterKioskDeviceDto): Promise<RegisteredKioskDeviceDto> {
    await this.access.getManageable(actor, dto.canteenId);
    const token = newDeviceToken();
    const device = Object.assign(new KioskDeviceEntity(), {
      id: randomUUID(),
      canteenId: dto.canteenId,
      name: dto.name,
      tokenHash: hashDeviceToken(token),
      createdBy: actor.userId,
      lastSeenAt: null,
      revokedAt: null,
    });
    const saved = await this.devices.save(device);
    this.logger.log(`kiosk device ${saved.id} registered for canteen ${saved.canteenId} by ${actor.userId}`);
    return { ...toKioskDeviceDto(saved), token };
  }

  async list(actor: StaffActor, canteenId: string | undefined): Promise<KioskDeviceDto[]> {
    const target = canteenId ?? actor.canteenId;
    if (!target) throw DomainException.invalidField('canteenId', 'isDefined', 'Name the canteen');
    await this.access.getReadable(actor, target);
    return (await this.devices.findOfCanteens([target])).map(toKioskDeviceDto);
  }

  async revoke(actor: StaffActor, id: string, now = new Date()): Promise<KioskDeviceDto> {
    const device = await this.devices.findById(id);
    if (!device) throw DomainException.notFound(ErrorCode.NOT_FOUND, 'No such kiosk device');
    await this.access.getManageable(actor, device.canteenId);
    await this.devices.revoke(id, now);
    this.logger.log(`kiosk device ${id} revoked by ${actor.userId}`);
    return toKioskDeviceDto((await this.devices.findById(id))!);
  }

  /** Resolves the X-Device-Token of a kiosk request to the device, refusing unknown and revoked ones. */
  async authenticate(token: string | undefined, now = new Date()): Promise<DeviceActor> {
    if (!looksLikeDeviceToken(token)) {
      throw DomainException.unauthenticated(ErrorCode.DEVICE_TOKEN_INVALID, 'This kiosk is not registered');
    }
    const device = await this.devices.findByTokenHash(hashDeviceToken(token));
    if (!device) throw DomainException.unauthenticated(ErrorCode.DEVICE_TOKEN_INVALID, 'This kiosk is not registered');
    if (device.revokedAt) throw DomainException.unauthenticated(ErrorCode.DEVICE_REVOKED, 'This kiosk was revoked');
    await this.devices.touchLastSeen(device, now);
    return { kind: 'device', deviceId: device.id, deviceName: device.name, canteenId: device.canteenId };
  }
}
