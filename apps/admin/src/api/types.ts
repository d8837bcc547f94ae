import type { paths, Schema } from '@canteen/api-client';

/*
 * The API's shapes, generated from its OpenAPI document (packages/api-client/openapi.json). The admin
 * uses these names everywhere; nothing here is written by hand except the query type's lookup.
 */

export type UserDto = Schema<'UserDto'>;
export type LoginDto = Schema<'LoginDto'>;
export type LoginResponseDto = Schema<'LoginResponseDto'>;
export type RegionDto = Schema<'RegionDto'>;
export type SlotWindowDto = Schema<'SlotWindowDto'>;
export type CanteenDto = Schema<'CanteenDto'>;
export type CanteenPageDto = Schema<'CanteenPageDto'>;
export type CreateCanteenDto = Schema<'CreateCanteenDto'>;
export type UpdateCanteenDto = Schema<'UpdateCanteenDto'>;
export type DishDto = Schema<'DishDto'>;
export type CreateDishDto = Schema<'CreateDishDto'>;
export type UpdateDishDto = Schema<'UpdateDishDto'>;
export type MenuItemDto = Schema<'MenuItemDto'>;
export type DailyMenuDto = Schema<'DailyMenuDto'>;
export type MenuItemInputDto = Schema<'MenuItemInputDto'>;
export type PutDailyMenuDto = Schema<'PutDailyMenuDto'>;
export type CopyDailyMenusDto = Schema<'CopyDailyMenusDto'>;
export type CopyDailyMenusResultDto = Schema<'CopyDailyMenusResultDto'>;
export type KioskDeviceDto = Schema<'KioskDeviceDto'>;
export type RegisterKioskDeviceDto = Schema<'RegisterKioskDeviceDto'>;
export type RegisteredKioskDeviceDto = Schema<'RegisteredKioskDeviceDto'>;

/** `?regionCode&status&q&page&pageSize` of GET /api/v1/canteens. */
export type CanteenQuery = NonNullable<paths['/api/v1/canteens']['get']['parameters']['query']>;

// Elders and eligibility (issue 3).
export type ElderSummaryDto = Schema<'ElderSummaryDto'>;
export type ElderDetailDto = Schema<'ElderDetailDto'>;
export type ElderPageDto = Schema<'ElderPageDto'>;
export type DietaryNeedsDto = Schema<'DietaryNeedsDto'>;
export type ElderCategoryDto = Schema<'ElderCategoryDto'>;
export type AssessmentDto = Schema<'AssessmentDto'>;
export type ElderCardDto = Schema<'ElderCardDto'>;
export type ElderStatsDto = Schema<'ElderStatsDto'>;
export type RegisterElderDto = Schema<'RegisterElderDto'>;
export type UpdateElderDto = Schema<'UpdateElderDto'>;
export type ChangeElderStatusDto = Schema<'ChangeElderStatusDto'>;
export type VerifyElderDto = Schema<'VerifyElderDto'>;
export type ElderIdentityDto = Schema<'ElderIdentityDto'>;
export type AuditEntryDto = Schema<'AuditEntryDto'>;
export type ProposeCategoryDto = Schema<'ProposeCategoryDto'>;
export type ProposeAssessmentDto = Schema<'ProposeAssessmentDto'>;
export type ReplaceCardDto = Schema<'ReplaceCardDto'>;
export type ApprovalItemDto = Schema<'ApprovalItemDto'>;
export type ApprovalPageDto = Schema<'ApprovalPageDto'>;
export type RejectProposalDto = Schema<'RejectProposalDto'>;
export type EligibilitySettingDto = Schema<'EligibilitySettingDto'>;
export type ElderImportRowDto = Schema<'ElderImportRowDto'>;
export type ElderImportReportDto = Schema<'ElderImportReportDto'>;
export type ImportRowResultDto = Schema<'ImportRowResultDto'>;

/** `?regionCode&category&ageBand&status&review&q&page&pageSize` of GET /api/v1/elders. */
export type ElderQuery = NonNullable<paths['/api/v1/elders']['get']['parameters']['query']>;
/** `?subject&status&page&pageSize` of GET /api/v1/approvals. */
export type ApprovalQuery = NonNullable<paths['/api/v1/approvals']['get']['parameters']['query']>;

// Subsidy policies, budgets and orders (issue 4).
export type PolicyStatus = Schema<'PolicyStatus'>;
export type PolicyDocumentDto = Schema<'PolicyDocumentDto'>;
export type SubsidyPolicyDto = Schema<'SubsidyPolicyDto'>;
export type CreateSubsidyPolicyDto = Schema<'CreateSubsidyPolicyDto'>;
export type UpdateSubsidyPolicyDto = Schema<'UpdateSubsidyPolicyDto'>;
export type SimulatePolicyDto = Schema<'SimulatePolicyDto'>;
export type PolicySimulationDto = Schema<'PolicySimulationDto'>;
export type SimulationBreakdownDto = Schema<'SimulationBreakdownDto'>;
export type BudgetAlert = Schema<'BudgetAlert'>;
export type SubsidyBudgetDto = Schema<'SubsidyBudgetDto'>;
export type SubsidyBudgetLineInputDto = Schema<'SubsidyBudgetLineInputDto'>;
export type PutSubsidyBudgetsDto = Schema<'PutSubsidyBudgetsDto'>;
export type OrderStatus = Schema<'OrderStatus'>;
export type PaymentMethod = Schema<'PaymentMethod'>;
export type OrderDto = Schema<'OrderDto'>;
/** One order with its status changes (who, when, why): GET /orders/:id and the status-changing calls. */
export type OrderDetailDto = Schema<'OrderDetailDto'>;
export type OrderPageDto = Schema<'OrderPageDto'>;
export type OrderLineDto = Schema<'OrderLineDto'>;
export type LedgerVerificationDto = Schema<'LedgerVerificationDto'>;

/** `?regionCode&status` of GET /api/v1/subsidy-policies. */
export type SubsidyPolicyQuery = NonNullable<paths['/api/v1/subsidy-policies']['get']['parameters']['query']>;
/** `?regionCode&month` of GET /api/v1/subsidy-budgets. */
export type SubsidyBudgetQuery = NonNullable<paths['/api/v1/subsidy-budgets']['get']['parameters']['query']>;
/** `?canteenId&from&to&status&channel&elderId&q&page&pageSize` of GET /api/v1/orders. */
export type OrderQuery = NonNullable<paths['/api/v1/orders']['get']['parameters']['query']>;
export type LedgerMismatchDto = Schema<'LedgerMismatchDto'>;
export type UsageMismatchDto = Schema<'UsageMismatchDto'>;
