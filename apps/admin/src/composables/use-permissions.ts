import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useAuthStore } from '@/stores/auth';
import { type Actor, canCreateCanteen, canEditCanteen, canEditMenus, canManageKioskDevices } from '@/utils/permissions';

/** What the signed-in user may do with one canteen (or with canteens in general, without an id). */
export function usePermissions(canteenId: MaybeRefOrGetter<string | null> = null) {
  const auth = useAuthStore();
  const actor = computed<Actor | null>(() => (auth.user ? { role: auth.user.role, canteenId: auth.user.canteenId } : null));

  function allowed(check: (actor: Actor, id: string) => boolean) {
    return computed(() => {
      const id = toValue(canteenId);
      return actor.value !== null && id !== null && check(actor.value, id);
    });
  }

  return {
    canCreateCanteen: computed(() => actor.value !== null && canCreateCanteen(actor.value)),
    canEditCanteen: allowed(canEditCanteen),
    canEditMenus: allowed(canEditMenus),
    canManageKioskDevices: allowed(canManageKioskDevices),
  };
}
