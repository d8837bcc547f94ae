import type { ApprovalSubject } from '@canteen/shared';
import { apiClient, request } from './client';
import type { ApprovalItemDto, ApprovalPageDto, ApprovalQuery } from './types';

export function getApprovalsApi(query: ApprovalQuery): Promise<ApprovalPageDto> {
  return request(apiClient.GET('/api/v1/approvals', { params: { query } }));
}

export function approveApi(subject: ApprovalSubject, id: string): Promise<ApprovalItemDto> {
  return request(apiClient.POST('/api/v1/approvals/{subject}/{id}/approve', { params: { path: { subject, id } } }));
}

/** A rejection always carries its reason. */
export function rejectApi(subject: ApprovalSubject, id: string, reason: string): Promise<ApprovalItemDto> {
  return request(apiClient.POST('/api/v1/approvals/{subject}/{id}/reject', { params: { path: { subject, id } }, body: { reason } }));
}
