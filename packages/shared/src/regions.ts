/**
 * Region codes: GB/T 2260 (2-digit province, 4-digit city, 6-digit county), then the 9-digit 街道/乡镇
 * and 12-digit 社区/村 statistical codes. A code is a prefix of its children's codes, so a scope check is a
 * prefix check and a scope query is `code LIKE scope || '%'`.
 */
export const RegionLevel = {
  PROVINCE: 'PROVINCE',
  CITY: 'CITY',
  COUNTY: 'COUNTY',
  STREET: 'STREET',
  COMMUNITY: 'COMMUNITY',
} as const;

export type RegionLevel = (typeof RegionLevel)[keyof typeof RegionLevel];

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  2: RegionLevel.PROVINCE,
  4: RegionLevel.CITY,
  6: RegionLevel.COUNTY,
  9: RegionLevel.STREET,
  12: RegionLevel.COMMUNITY,
};

export const REGION_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

export function regionLevelOf(code: string): RegionLevel | null {
  if (!REGION_CODE_PATTERN.test(code)) return null;
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** The parent code, or null for a province. */
export function parentRegionCode(code: string): string | null {
  switch (code.length) {
    case 4:
      return code.slice(0, 2);
    case 6:
      return code.slice(0, 4);
    case 9:
      return code.slice(0, 6);
    case 12:
      return code.slice(0, 9);
    default:
      return null;
  }
}

/** True when `code` is `scope` itself or lies below it. */
export function isWithinScope(code: string, scope: string): boolean {
  return code.startsWith(scope);
}
