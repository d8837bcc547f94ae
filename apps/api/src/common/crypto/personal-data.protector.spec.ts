import { PersonalDataProtector } from './personal-data.protector.js';
import type { AppConfig } from '../../config/app-config.js';

const protectorWith = (hexKey: string) =>
  new PersonalDataProtector({ dataKey: Buffer.from(hexKey, 'hex') } as AppConfig);

describe(PersonalDataProtector.name, () => {
  const sut = protectorWith('11'.repeat(32));

  it('should round-trip a value and never produce the same ciphertext twice', () => {
    const first = sut.encrypt('53011219400315123X');
    const second = sut.encrypt('53011219400315123X');
    expect(first).not.toBe(second);
    expect(first).not.toContain('53011219400315123X');
    expect(sut.decrypt(first)).toBe('53011219400315123X');
  });

  it('should refuse a tampered ciphertext', () => {
    const stored = sut.encrypt('13812345678');
    const raw = Buffer.from(stored.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => sut.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
  });

  it('should give a stable blind index that depends on the key', () => {
    expect(sut.blindIndex('abc')).toBe(sut.blindIndex('abc'));
    expect(sut.blindIndex('abc')).toMatch(/^[0-9a-f]{64}$/);
    expect(protectorWith('22'.repeat(32)).blindIndex('abc')).not.toBe(sut.blindIndex('abc'));
  });
});
