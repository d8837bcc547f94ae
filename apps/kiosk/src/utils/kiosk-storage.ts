/**
 * The little this kiosk keeps across restarts: its device token, its canteen and the last menu it saw.
 * localStorage can be missing, full or hold something an older build wrote, so every read is guarded and
 * a failed write is not fatal (the kiosk keeps working from memory).
 */
export const StorageKey = {
  DEVICE_TOKEN: 'canteen.kiosk.deviceToken',
  DEVICE_INFO: 'canteen.kiosk.device',
  LAST_MENU: 'canteen.kiosk.lastMenu',
} as const;
export type StorageKey = (typeof StorageKey)[keyof typeof StorageKey];

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readText(key: StorageKey): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeText(key: StorageKey, value: string): void {
  try {
    storage()?.setItem(key, value);
  } catch {
    // Quota or privacy mode: the value lives in memory only until the next restart.
  }
}

export function removeItem(key: StorageKey): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to undo.
  }
}

/** Parses a stored JSON value and accepts it only if `isValid` agrees, so a stale format is ignored. */
export function readJson<T>(key: StorageKey, isValid: (value: unknown) => value is T): T | null {
  const text = readText(key);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeJson(key: StorageKey, value: unknown): void {
  writeText(key, JSON.stringify(value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
