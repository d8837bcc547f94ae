import { computed } from 'vue';
import { useAuthStore } from '@/stores/auth';
import { canApproveElders, canReadElderIdentity, canRegisterElders, ELIGIBILITY_SETTINGS_ROLES } from '@/utils/permissions';

/** What the signed-in user may do with elders; the API enforces the same rules and the region scope. */
export function useElderPermissions() {
  const auth = useAuthStore();
  const allowed = (check: (role: NonNullable<typeof auth.role>) => boolean) => computed(() => auth.role !== null && check(auth.role));
  return {
    canRegister: allowed(canRegisterElders),
    canApprove: allowed(canApproveElders),
    canReadIdentity: allowed(canReadElderIdentity),
    canEditSettings: allowed((role) => ELIGIBILITY_SETTINGS_ROLES.includes(role)),
  };
}
