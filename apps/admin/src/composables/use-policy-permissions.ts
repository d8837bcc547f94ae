import { computed } from 'vue';
import { useAuthStore } from '@/stores/auth';
import { canEditPolicies, canVerifyLedger, isOwnPolicySubmission, type PolicyAuthorship } from '@/utils/permissions';

/** What the signed-in user may do with subsidy policies and budgets; the API enforces the same rules. */
export function usePolicyPermissions() {
  const auth = useAuthStore();
  return {
    /** Draft, edit, submit, decide, simulate; set budgets. */
    canEdit: computed(() => auth.role !== null && canEditPolicies(auth.role)),
    canVerifyLedger: computed(() => auth.role !== null && canVerifyLedger(auth.role)),
    /** Four eyes: this user wrote or submitted the version, so another official approves it. */
    isOwn: (policy: PolicyAuthorship) => isOwnPolicySubmission(policy, auth.user?.id),
  };
}
