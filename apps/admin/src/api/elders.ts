import { apiClient, request } from './client';
import type {
  AssessmentDto,
  AuditEntryDto,
  ChangeElderStatusDto,
  ElderCardDto,
  ElderCategoryDto,
  ElderDetailDto,
  ElderIdentityDto,
  ElderImportReportDto,
  ElderImportRowDto,
  ElderPageDto,
  ElderQuery,
  ElderStatsDto,
  ProposeAssessmentDto,
  ProposeCategoryDto,
  RegisterElderDto,
  ReplaceCardDto,
  UpdateElderDto,
} from './types';

const byId = (id: string) => ({ params: { path: { id } } });

export function getEldersApi(query: ElderQuery): Promise<ElderPageDto> {
  return request(apiClient.GET('/api/v1/elders', { params: { query } }));
}

export function getElderStatsApi(regionCode?: string): Promise<ElderStatsDto> {
  return request(apiClient.GET('/api/v1/elders/stats', { params: { query: regionCode ? { regionCode } : {} } }));
}

export function getElderApi(id: string): Promise<ElderDetailDto> {
  return request(apiClient.GET('/api/v1/elders/{id}', byId(id)));
}

/** Registers an elder; the API issues a card at once. */
export function registerElderApi(body: RegisterElderDto): Promise<ElderDetailDto> {
  return request(apiClient.POST('/api/v1/elders', { body }));
}

export function updateElderApi(id: string, body: UpdateElderDto): Promise<ElderDetailDto> {
  return request(apiClient.PATCH('/api/v1/elders/{id}', { ...byId(id), body }));
}

export function changeElderStatusApi(id: string, body: ChangeElderStatusDto): Promise<ElderDetailDto> {
  return request(apiClient.POST('/api/v1/elders/{id}/status', { ...byId(id), body }));
}

export function verifyElderApi(id: string, note: string): Promise<ElderDetailDto> {
  return request(apiClient.POST('/api/v1/elders/{id}/verify', { ...byId(id), body: { note } }));
}

/** The full ID number and phone; the API records every call in the audit log. */
export function getElderIdentityApi(id: string): Promise<ElderIdentityDto> {
  return request(apiClient.GET('/api/v1/elders/{id}/identity', byId(id)));
}

export function getElderHistoryApi(id: string): Promise<AuditEntryDto[]> {
  return request(apiClient.GET('/api/v1/elders/{id}/history', byId(id)));
}

export function proposeElderCategoryApi(id: string, body: ProposeCategoryDto): Promise<ElderCategoryDto> {
  return request(apiClient.POST('/api/v1/elders/{id}/categories', { ...byId(id), body }));
}

export function proposeElderAssessmentApi(id: string, body: ProposeAssessmentDto): Promise<AssessmentDto> {
  return request(apiClient.POST('/api/v1/elders/{id}/assessments', { ...byId(id), body }));
}

export function replaceElderCardApi(id: string, body: ReplaceCardDto): Promise<ElderCardDto> {
  return request(apiClient.POST('/api/v1/elders/{id}/cards/replace', { ...byId(id), body }));
}

/** Dry run: checks the rows, writes nothing. */
export function validateElderImportApi(rows: ElderImportRowDto[]): Promise<ElderImportReportDto> {
  return request(apiClient.POST('/api/v1/elders/import/validate', { body: { rows } }));
}

export function commitElderImportApi(rows: ElderImportRowDto[]): Promise<ElderImportReportDto> {
  return request(apiClient.POST('/api/v1/elders/import/commit', { body: { rows } }));
}
