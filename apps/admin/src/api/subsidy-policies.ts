import { apiClient, request } from './client';
import type {
  CreateSubsidyPolicyDto,
  PolicySimulationDto,
  SimulatePolicyDto,
  SubsidyPolicyDto,
  SubsidyPolicyQuery,
  UpdateSubsidyPolicyDto,
} from './types';

const byId = (id: string) => ({ params: { path: { id } } });

/** Every version of every district in scope, newest first. */
export function getSubsidyPoliciesApi(query: SubsidyPolicyQuery = {}): Promise<SubsidyPolicyDto[]> {
  return request(apiClient.GET('/api/v1/subsidy-policies', { params: { query } }));
}

export function getSubsidyPolicyApi(id: string): Promise<SubsidyPolicyDto> {
  return request(apiClient.GET('/api/v1/subsidy-policies/{id}', byId(id)));
}

/** A new draft; its version number is the district's highest + 1. */
export function createSubsidyPolicyApi(body: CreateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
  return request(apiClient.POST('/api/v1/subsidy-policies', { body }));
}

export function updateSubsidyPolicyApi(id: string, body: UpdateSubsidyPolicyDto): Promise<SubsidyPolicyDto> {
  return request(apiClient.PATCH('/api/v1/subsidy-policies/{id}', { ...byId(id), body }));
}

export function submitSubsidyPolicyApi(id: string): Promise<SubsidyPolicyDto> {
  return request(apiClient.POST('/api/v1/subsidy-policies/{id}/submit', byId(id)));
}

/** Four eyes: the API refuses its author or submitter with 403 POLICY_OWN_SUBMISSION. */
export function approveSubsidyPolicyApi(id: string, note?: string): Promise<SubsidyPolicyDto> {
  return request(apiClient.POST('/api/v1/subsidy-policies/{id}/approve', { ...byId(id), body: note ? { note } : {} }));
}

/** A rejection always carries its note. */
export function rejectSubsidyPolicyApi(id: string, note: string): Promise<SubsidyPolicyDto> {
  return request(apiClient.POST('/api/v1/subsidy-policies/{id}/reject', { ...byId(id), body: { note } }));
}

/** Runs the version over real orders of a period; nothing is written or activated. */
export function simulateSubsidyPolicyApi(id: string, body: SimulatePolicyDto): Promise<PolicySimulationDto> {
  return request(apiClient.POST('/api/v1/subsidy-policies/{id}/simulate', { ...byId(id), body }));
}
