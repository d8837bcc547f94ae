import type { Role } from '@canteen/shared';
import type { RouteMeta, RouteRecordRaw } from 'vue-router';
import type { NavIcon } from './routes';

export interface NavEntry {
  name: string;
  titleKey: string;
  icon: NavIcon;
}

/** A page with no role list is open to every signed-in user. */
export function isAllowed(meta: RouteMeta, role: Role | null): boolean {
  if (meta.public) return true;
  if (!role) return false;
  return !meta.roles || meta.roles.includes(role);
}

/**
 * The side navigation for a role: every routed page marked `nav` that the role may open, in route
 * order. Pages that do not exist yet have no route, so they can never show up as dead links.
 */
export function navigationFor(role: Role | null, records: readonly RouteRecordRaw[]): NavEntry[] {
  const entries: NavEntry[] = [];
  for (const record of records) {
    const meta = record.meta ?? {};
    if (meta.nav && typeof record.name === 'string' && meta.titleKey && isAllowed(meta, role)) {
      entries.push({ name: record.name, titleKey: meta.titleKey, icon: meta.nav.icon });
    }
    if (record.children) entries.push(...navigationFor(role, record.children));
  }
  return entries;
}
