import {
  AGE_BANDS,
  ALL_ROLES,
  ALLERGENS,
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  ASSESSMENT_GRADES,
  CANTEEN_KINDS,
  CANTEEN_STATUSES,
  DIET_TAGS,
  ELDER_CATEGORIES,
  ELDER_STATUSES,
  ErrorCode,
  FUNDING_SOURCES,
  MEAL_SLOTS,
  ORDER_CHANNELS,
  REVIEW_STATES,
  SubsidyReason,
} from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import { BUDGET_ALERT_TAGS } from '@/components/budget/budget-display';
import { ORDER_STATUS_TAGS } from '@/components/order/order-display';
import { BENEFIT_TYPES } from '@/components/policy/policy-form';
import { GENERAL_PROBLEM_KEYS, POLICY_FIELD_RULES, POLICY_STATUSES } from '@/components/policy/policy-display';
import { PAYMENT_METHODS } from '@/stores/order-filters';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [childKey, childValue] of flatten(value, path)) flat.set(childKey, childValue);
  }
  return flat;
}

function unsortedObjects(messages: Messages, path = '(root)'): string[] {
  const keys = Object.keys(messages);
  const sorted = [...keys].sort();
  const here = keys.join() === sorted.join() ? [] : [path];
  return [
    ...here,
    ...Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [] : unsortedObjects(value, `${path}.${key}`))),
  ];
}

const locales = { 'zh-CN': zhCN as Messages, 'en-US': enUS as Messages };
const zh = flatten(locales['zh-CN']);
const en = flatten(locales['en-US']);

// Every source file, to find the keys the code asks for with a literal t('…').
const sources = import.meta.glob<string>(['../**/*.{ts,vue}', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

describe('locale files', () => {
  it('should have the same keys in zh-CN (the source) and en-US', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each(Object.entries(locales))('should keep the keys of %s sorted at every level', (_name, messages) => {
    expect(unsortedObjects(messages)).toEqual([]);
  });

  it('should have no empty translations', () => {
    for (const [key, value] of [...zh, ...en]) expect(value.trim(), key).not.toBe('');
  });

  it.each([
    ['errors', Object.values(ErrorCode)],
    ['roles', ALL_ROLES],
    ['slots', MEAL_SLOTS],
    ['dietTags', DIET_TAGS],
    ['allergens', ALLERGENS],
    ['canteenKinds', CANTEEN_KINDS],
    ['canteenStatuses', CANTEEN_STATUSES],
    ['elderCategories', ELDER_CATEGORIES],
    ['elderStatuses', ELDER_STATUSES],
    ['assessmentGrades', ASSESSMENT_GRADES],
    ['ageBands', AGE_BANDS],
    ['reviewStates', REVIEW_STATES],
    ['approvalStatuses', APPROVAL_STATUSES],
    ['approvalSubjects', APPROVAL_SUBJECTS],
    ['cardStatuses', ['ACTIVE', 'BLOCKED']],
    ['sexes', ['M', 'F']],
    // Every reason the subsidy engine or the API gives must read as plain words in both languages.
    ['subsidyReasons', Object.values(SubsidyReason)],
    ['policyStatuses', POLICY_STATUSES],
    ['fundingSources', FUNDING_SOURCES],
    ['channels', ORDER_CHANNELS],
    ['benefitTypes', BENEFIT_TYPES],
    ['orderStatuses', Object.keys(ORDER_STATUS_TAGS)],
    ['paymentMethods', PAYMENT_METHODS],
    ['budgetAlerts', Object.keys(BUDGET_ALERT_TAGS)],
    ['policyProblems', GENERAL_PROBLEM_KEYS],
    ['policyProblems.rules', POLICY_FIELD_RULES],
    ['policyFields', [...POLICY_FIELD_RULES, 'document']],
    ['residentIdProblems', ['LENGTH', 'FORMAT', 'CHECKSUM', 'BIRTH_DATE']],
    ['importOutcomes', ['VALID', 'CREATED', 'INVALID', 'DUPLICATE']],
    [
      'importReasons',
      ['REQUIRED', 'LENGTH', 'FORMAT', 'CHECKSUM', 'BIRTH_DATE', 'TOO_YOUNG', 'UNKNOWN_REGION', 'OUT_OF_SCOPE', 'UNKNOWN_CATEGORY', 'DUPLICATE_IN_FILE', 'ALREADY_REGISTERED'],
    ],
  ])('should translate every value of %s in both languages', (namespace, values) => {
    const missing = values.map((value) => `${namespace}.${value}`).filter((key) => !zh.has(key) || !en.has(key));
    expect(missing).toEqual([]);
  });

  it('should define every literal key the code passes to t()', () => {
    const used = new Set<string>();
    for (const source of Object.values(sources)) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !zh.has(key) || !en.has(key))).toEqual([]);
  });
});
