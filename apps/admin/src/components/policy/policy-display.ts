import { formatYuan, type SubsidyPolicy } from '@canteen/shared';
import type { PolicyStatus } from '@/api/types';
import type { FormProblem } from './policy-form';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** Colour is the second cue: every tag also says its status in words. */
export const POLICY_STATUS_TAGS: Record<PolicyStatus, TagType> = {
  DRAFT: 'info',
  PENDING_APPROVAL: 'warning',
  ACTIVE: 'success',
  REJECTED: 'danger',
};

export const POLICY_STATUSES: readonly PolicyStatus[] = ['DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'REJECTED'];

/**
 * Demo and example policies say so in their label (DOMAIN.md: "demo data must say it is an example"):
 * 示例 / 演示 / example / demo. The admin shows a 示例 tag beside them wherever they appear.
 */
export function isExamplePolicy(policy: { label: string }): boolean {
  return /示例|演示|\bexample\b|\bdemo\b/i.test(policy.label);
}

/** The last named segment of a document path: `tiers.0.benefit.fen` → `fen`, `channels.0` → `channels`. */
function lastNamedSegment(field: string): string {
  const segments = field.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  return segments[segments.length - 1] ?? '';
}

/** Problems whose message the schema writes itself (refinements), by a stable key. */
export const SCHEMA_MESSAGES: readonly [RegExp, string][] = [
  [/^minAge must not exceed maxAge$/, 'minAgeAboveMax'],
  [/^tier codes must be unique$/, 'tierCodesUnique'],
  [/^funding bp must sum to/, 'fundingSum'],
  [/^each funding source once$/, 'fundingSourceOnce'],
];

/** Fields with a rule of their own to explain; others fall back to a general sentence. */
export const POLICY_FIELD_RULES: readonly string[] = [
  'code',
  'label',
  'minAge',
  'maxAge',
  'categoriesAny',
  'gradesAny',
  'type',
  'fen',
  'maxFen',
  'percent',
  'mealsPerDay',
  'mealsPerSlot',
  'monthlyCapFen',
  'slots',
  'channels',
  'minSelfPayFen',
  'deliverySubsidyFen',
  'funding',
  'source',
  'bp',
  'tiers',
];
const FIELD_RULES = new Set(POLICY_FIELD_RULES);

/** Problem keys that do not depend on the field (`policyProblems.<key>`). */
export const GENERAL_PROBLEM_KEYS: readonly string[] = [...SCHEMA_MESSAGES.map(([, key]) => key), 'yuan', 'percentDecimals', 'unknownKey', 'required', 'json', 'invalid'];

/**
 * The translation key and parameters of a problem found in a policy (by the form or by the shared zod
 * schema). zod's own prose is English and never shown: a problem is explained by what kind it is and
 * by the rule of the field it sits on.
 */
export function policyProblemMessage(problem: FormProblem): { key: string; params: Record<string, string> } {
  if (problem.formCode) return { key: `policyProblems.${problem.formCode}`, params: {} };
  for (const [pattern, key] of SCHEMA_MESSAGES) if (pattern.test(problem.message)) return { key: `policyProblems.${key}`, params: {} };
  const unknownKey = /^Unrecognized keys?: (.+)$/.exec(problem.message);
  if (unknownKey) return { key: 'policyProblems.unknownKey', params: { key: unknownKey[1]!.replace(/"/g, '') } };
  if (/received undefined$/.test(problem.message)) return { key: 'policyProblems.required', params: {} };
  const segment = lastNamedSegment(problem.field);
  if (FIELD_RULES.has(segment)) return { key: `policyProblems.rules.${segment}`, params: {} };
  if (/^Invalid JSON/.test(problem.message)) return { key: 'policyProblems.json', params: {} };
  return { key: 'policyProblems.invalid', params: {} };
}

/**
 * A document path as a reader says it: `tiers.1.benefit.fen` → "档位 2 · 每餐减免金额". `fieldName` translates
 * one segment (`policyFields.<name>`, or a funding source), `tierName` names a tier by its position
 * (`"1"`) or, in a comparison, by its code (`"AGE_80"`).
 */
export function policyFieldLabel(field: string, fieldName: (segment: string) => string, tierName: (indexOrCode: string) => string): string {
  if (!field) return fieldName('document');
  const segments = field.split('.');
  const parts: string[] = [];
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    if (segment === 'tiers' && next !== undefined) {
      parts.push(tierName(next));
      index += 1;
    } else if (/^\d+$/.test(segment)) {
      parts.push(`#${Number(segment) + 1}`);
    } else if (segment !== 'when' && segment !== 'benefit' && segment !== 'limits') {
      parts.push(fieldName(segment));
    }
  }
  return parts.join(' · ');
}

/**
 * A document shaped for comparing two versions: tiers and funding shares keyed by their code and source
 * (so inserting a tier does not show every later tier as changed), and the order of the tiers on its
 * own (it decides ties).
 */
export function comparableDocument(document: SubsidyPolicy): Record<string, unknown> {
  const { tiers, funding, ...rest } = document;
  return {
    ...rest,
    tierOrder: tiers.map((tier) => tier.code),
    tiers: Object.fromEntries(tiers.map(({ code, ...tier }) => [code, tier])),
    funding: Object.fromEntries(funding.map((part) => [part.source, { bp: part.bp }])),
  };
}

/** Money fields of the document end in `Fen` (or are `fen`): shown in yuan. */
export function isFenField(field: string): boolean {
  return /(^|\.)(fen|[a-zA-Z]+Fen)$/.test(field);
}

/** Basis-point fields are shown as percent. */
export function isBpField(field: string): boolean {
  return /(^|\.)bp$/.test(field);
}

/** A fen amount as "12.50" (no currency sign; the caller's t() adds it). */
export function yuanOf(fen: number): string {
  return formatYuan(fen);
}
