import type { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  approveSubsidyPolicyApi,
  createSubsidyPolicyApi,
  getSubsidyPoliciesApi,
  getSubsidyPolicyApi,
  rejectSubsidyPolicyApi,
  submitSubsidyPolicyApi,
  updateSubsidyPolicyApi,
} from '@/api/subsidy-policies';
import type { CreateSubsidyPolicyDto, SubsidyPolicyDto, UpdateSubsidyPolicyDto } from '@/api/types';
import { todayIn } from '@/utils/dates';
import { errorCodeOf } from '@/utils/errors';
import { isOwnPolicySubmission } from '@/utils/permissions';

/** One district and every version of its policy, newest first. */
export interface DistrictPolicies {
  regionCode: string;
  regionName: string;
  versions: SubsidyPolicyDto[];
  /** The version in force today: the active one with the latest start on or before today (higher version on a tie). */
  inForce: SubsidyPolicyDto | null;
  /** Active versions that start after today. */
  upcoming: SubsidyPolicyDto[];
  /** Versions waiting for a decision. */
  pending: number;
}

/** The version in force on `date` (the API's `findInForce`): latest start, then highest version. */
export function policyInForce(versions: readonly SubsidyPolicyDto[], date: string): SubsidyPolicyDto | null {
  return (
    versions
      .filter((policy) => policy.status === 'ACTIVE' && policy.effectiveFrom <= date)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || b.version - a.version)[0] ?? null
  );
}

export function groupByDistrict(policies: readonly SubsidyPolicyDto[], today: string): DistrictPolicies[] {
  const byDistrict = new Map<string, SubsidyPolicyDto[]>();
  for (const policy of policies) {
    const versions = byDistrict.get(policy.regionCode) ?? [];
    versions.push(policy);
    byDistrict.set(policy.regionCode, versions);
  }
  return [...byDistrict.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionCode, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return {
        regionCode,
        regionName: sorted[0]!.regionName,
        versions: sorted,
        inForce: policyInForce(sorted, today),
        upcoming: sorted.filter((policy) => policy.status === 'ACTIVE' && policy.effectiveFrom > today),
        pending: sorted.filter((policy) => policy.status === 'PENDING_APPROVAL').length,
      };
    });
}

/**
 * Subsidy policy versions of the districts in scope, and the one version open on the detail page.
 * Actions throw the API error (the page explains POLICY_OWN_SUBMISSION, POLICY_INVALID per field …);
 * every answer replaces the version in the list, so list and detail never disagree.
 */
export const useSubsidyPolicyStore = defineStore('subsidyPolicy', () => {
  const policies = ref<SubsidyPolicyDto[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  const current = ref<SubsidyPolicyDto | null>(null);
  const currentLoading = ref(false);
  const currentErrorCode = ref<ErrorCode | null>(null);
  const busy = ref(false);

  const districts = computed(() => groupByDistrict(policies.value, todayIn()));

  let listRequest = 0;
  let currentRequest = 0;

  async function fetchList(): Promise<void> {
    const requestId = ++listRequest;
    loading.value = true;
    errorCode.value = null;
    try {
      const answer = await getSubsidyPoliciesApi();
      if (requestId !== listRequest) return;
      policies.value = answer;
      loaded.value = true;
    } catch (error) {
      if (requestId !== listRequest) return;
      policies.value = [];
      errorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === listRequest) loading.value = false;
    }
  }

  let pendingList: Promise<void> | null = null;

  /**
   * The versions are few (a handful a district a year): loaded whole, once, refreshed on demand. Callers
   * that ask while the first load runs wait for that same load.
   */
  function ensureList(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    pendingList ??= fetchList().finally(() => {
      pendingList = null;
    });
    return pendingList;
  }

  async function fetchOne(id: string): Promise<void> {
    const requestId = ++currentRequest;
    if (current.value?.id !== id) current.value = policies.value.find((policy) => policy.id === id) ?? null;
    currentLoading.value = true;
    currentErrorCode.value = null;
    try {
      const answer = await getSubsidyPolicyApi(id);
      if (requestId !== currentRequest) return;
      remember(answer);
    } catch (error) {
      if (requestId !== currentRequest) return;
      current.value = null;
      currentErrorCode.value = errorCodeOf(error);
    } finally {
      if (requestId === currentRequest) currentLoading.value = false;
    }
  }

  /** Versions waiting for a decision that the user `userId` may take (not their own: four eyes), for the menu badge. */
  function pendingFor(userId: string | null | undefined): number {
    return policies.value.filter((policy) => policy.status === 'PENDING_APPROVAL' && !isOwnPolicySubmission(policy, userId)).length;
  }

  function versionsOf(regionCode: string): SubsidyPolicyDto[] {
    return districts.value.find((district) => district.regionCode === regionCode)?.versions ?? [];
  }

  /** A version the API answered with: into the list (replacing its old self) and, if open, the detail. */
  function remember(policy: SubsidyPolicyDto): SubsidyPolicyDto {
    const index = policies.value.findIndex((entry) => entry.id === policy.id);
    if (index >= 0) policies.value.splice(index, 1, policy);
    else policies.value.unshift(policy);
    if (!current.value || current.value.id === policy.id) current.value = policy;
    return policy;
  }

  async function act(call: () => Promise<SubsidyPolicyDto>): Promise<SubsidyPolicyDto> {
    busy.value = true;
    try {
      const answer = await call();
      current.value = answer;
      return remember(answer);
    } finally {
      busy.value = false;
    }
  }

  function create(body: CreateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
    return act(() => createSubsidyPolicyApi(body));
  }

  function update(id: string, body: UpdateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
    return act(() => updateSubsidyPolicyApi(id, body));
  }

  function submit(id: string): Promise<SubsidyPolicyDto> {
    return act(() => submitSubsidyPolicyApi(id));
  }

  function approve(id: string, note?: string): Promise<SubsidyPolicyDto> {
    return act(() => approveSubsidyPolicyApi(id, note?.trim() || undefined));
  }

  function reject(id: string, note: string): Promise<SubsidyPolicyDto> {
    return act(() => rejectSubsidyPolicyApi(id, note.trim()));
  }

  function $reset(): void {
    listRequest += 1;
    pendingList = null;
    currentRequest += 1;
    policies.value = [];
    loaded.value = false;
    loading.value = false;
    errorCode.value = null;
    current.value = null;
    currentLoading.value = false;
    currentErrorCode.value = null;
    busy.value = false;
  }

  return {
    policies,
    loaded,
    loading,
    errorCode,
    current,
    currentLoading,
    currentErrorCode,
    busy,
    districts,
    fetchList,
    ensureList,
    fetchOne,
    versionsOf,
    pendingFor,
    create,
    update,
    submit,
    approve,
    reject,
    $reset,
  };
});
