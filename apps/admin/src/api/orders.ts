import { apiClient, request } from './client';
import type { LedgerVerificationDto, OrderDetailDto, OrderPageDto, OrderQuery } from './types';

export function getOrdersApi(query: OrderQuery): Promise<OrderPageDto> {
  return request(apiClient.GET('/api/v1/orders', { params: { query } }));
}

export function getOrderApi(id: string): Promise<OrderDetailDto> {
  return request(apiClient.GET('/api/v1/orders/{id}', { params: { path: { id } } }));
}

/** Before serving only; the ledger is reversed and the meal, subsidy, budget and portions given back. */
export function cancelOrderApi(id: string, reason: string): Promise<OrderDetailDto> {
  return request(apiClient.POST('/api/v1/orders/{id}/cancel', { params: { path: { id } }, body: { reason } }));
}

/** Recomputes the subsidy ledger against the orders and the usage counters. */
export function verifySubsidyLedgerApi(): Promise<LedgerVerificationDto> {
  return request(apiClient.GET('/api/v1/subsidy-ledger/verify'));
}
