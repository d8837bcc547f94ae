import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

const VERSION = 'v1';

/**
 * Personal data at rest: AES-256-GCM for values (a fresh 96-bit IV each time, so equal values never look
 * equal), and a keyed HMAC "blind index" to find a record by an exact value without decrypting anything.
 * Both keys are derived from DATA_KEY with HKDF, so one secret is kept and the two uses never share a key.
 */
@Injectable()
export class PersonalDataProtector {
  private readonly encryptionKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.encryptionKey = Buffer.from(hkdfSync('sha256', config.dataKey, 'xingfu-canteen', 'pii-encryption', 32));
    this.indexKey = Buffer.from(hkdfSync('sha256', config.dataKey, 'xingfu-canteen', 'pii-blind-index', 32));
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    const [version, payload] = stored.split(':');
    if (version !== VERSION || !payload) throw new Error('Unknown personal-data cipher version');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** The same input always gives the same index; without the key it reveals nothing. */
  blindIndex(plain: string): string {
    return createHmac('sha256', this.indexKey).update(plain).digest('hex');
  }

  encryptOptional(plain: string | null | undefined): string | null {
    return plain ? this.encrypt(plain) : null;
  }
}
