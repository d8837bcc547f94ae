/** One changed field of an audit entry, for a "before → after" line. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Internal identifiers mean nothing to a reader. */
const HIDDEN_FIELDS = new Set(['id']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface FieldChangeOptions {
  /**
   * Lists of objects are compared element by element (`tiers.0.benefit.fen`) rather than as one value.
   * For documents such as a subsidy policy; lists of plain values (`slots`) are still one value.
   */
  expandObjectArrays?: boolean;
}

/**
 * The fields an audit entry changed, in a stable order: a created record lists what it was created
 * with, a deleted one what it had, an update only what differs. Keys of nested objects are flattened
 * (`dietaryNeeds.tags`) so a diet change does not show as one unreadable blob.
 */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  options: FieldChangeOptions = {},
): FieldChange[] {
  const flatBefore = flatten(before ?? {}, '', options);
  const flatAfter = flatten(after ?? {}, '', options);
  const fields = [...new Set([...Object.keys(flatBefore), ...Object.keys(flatAfter)])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field) && !same(flatBefore[field], flatAfter[field]))
    .map((field) => ({ field, before: flatBefore[field] ?? null, after: flatAfter[field] ?? null }));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function flatten(value: Record<string, unknown>, prefix: string, options: FieldChangeOptions): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(child)) Object.assign(flat, flatten(child, path, options));
    else if (options.expandObjectArrays && Array.isArray(child) && child.some(isPlainObject)) {
      child.forEach((element, index) => {
        if (isPlainObject(element)) Object.assign(flat, flatten(element, `${path}.${index}`, options));
        else flat[`${path}.${index}`] = element;
      });
    } else flat[path] = child;
  }
  return flat;
}

/** Translation namespaces that enum values in an audit entry may belong to, most specific first. */
export const ENUM_NAMESPACES: readonly string[] = [
  'elderStatuses',
  'elderCategories',
  'assessmentGrades',
  'approvalStatuses',
  'cardStatuses',
  'dietTags',
  'systemReasons',
];

/**
 * A value as a person reads it: enum codes translated when a translation exists, lists joined,
 * empty as a dash. `translate` answers null for a key without a translation; `namespaces` are tried in
 * order (a subsidy policy adds slots, channels, funding sources).
 */
export function displayValue(value: unknown, translate: (key: string) => string | null, namespaces: readonly string[] = ENUM_NAMESPACES): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => displayValue(item, translate, namespaces)).join('、');
  if (typeof value === 'boolean') return translate(`common.${value ? 'yes' : 'no'}`) ?? String(value);
  if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value)) {
    for (const namespace of namespaces) {
      const text = translate(`${namespace}.${value}`);
      if (text !== null) return text;
    }
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
