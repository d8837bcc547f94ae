import { apiClient, request } from './client';
import type { PutSubsidyBudgetsDto, SubsidyBudgetDto, SubsidyBudgetQuery } from './types';

export function getSubsidyBudgetsApi(query: SubsidyBudgetQuery): Promise<SubsidyBudgetDto[]> {
  return request(apiClient.GET('/api/v1/subsidy-budgets', { params: { query } }));
}

/** Sets the given lines of a district's month (others are kept) and the month's hard stop. */
export function putSubsidyBudgetsApi(regionCode: string, month: string, body: PutSubsidyBudgetsDto): Promise<SubsidyBudgetDto[]> {
  return request(apiClient.PUT('/api/v1/subsidy-budgets/{regionCode}/{month}', { params: { path: { regionCode, month } }, body }));
}
