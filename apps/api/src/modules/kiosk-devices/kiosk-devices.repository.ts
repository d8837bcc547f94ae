import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { KioskDeviceEntity } from './kiosk-device.entity.js';

/** lastSeenAt is refreshed at most this often, so a busy kiosk does not write on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

@Injectable()
export class KioskDevicesRepository {
  constructor(@InjectRepository(KioskDeviceEntity) private readonly devices: Repository<KioskDeviceEntity>) {}

  findById(id: string): Promise<KioskDeviceEntity | null> {
    return this.devices.findOneBy({ id });
  }

  findByTokenHash(tokenHash: string): Promise<KioskDeviceEntity | null> {
    return this.devices.findOneBy({ tokenHash });
  }

  findOfCanteens(canteenIds: readonly string[]): Promise<KioskDeviceEntity[]> {
    if (canteenIds.length === 0) return Promise.resolve([]);
    return this.devices
      .createQueryBuilder('device')
      .where('device.canteen_id IN (:...canteenIds)', { canteenIds: [...canteenIds] })
      .orderBy('device.created_at', 'DESC')
      .getMany();
  }

  save(device: KioskDeviceEntity): Promise<KioskDeviceEntity> {
    return this.devices.save(device);
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.devices.update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }

  async touchLastSeen(device: KioskDeviceEntity, now: Date): Promise<void> {
    if (device.lastSeenAt && now.getTime() - device.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) return;
    await this.devices.update({ id: device.id }, { lastSeenAt: now });
  }

  async replaceTokenHash(id: string, tokenHash: string): Promise<void> {
    await this.devices.update({ id }, { tokenHash, revokedAt: null });
  }
}
