import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'kd_';

/** A new device token: 256 random bits, prefixed so a leaked one is recognisable. */
export function newDeviceToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Tokens are random and long, so a fast hash is enough (no dictionary to resist) and lets a request be
 * authenticated with one indexed look-up.
 */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeDeviceToken(token: string | undefined): token is string {
  return typeof token === 'string' && token.startsWith(TOKEN_PREFIX) && token.length <= 128;
}
