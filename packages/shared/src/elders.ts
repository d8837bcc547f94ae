/** Elders, their categories, capability assessments and cards: the vocabulary of DOMAIN.md. */
import { addDays } from './dates.js';

export const ElderCategory = {
  TEKUN: 'TEKUN',
  DIBAO: 'DIBAO',
  LOW_INCOME: 'LOW_INCOME',
  ECONOMIC_HARDSHIP: 'ECONOMIC_HARDSHIP',
  DISABLED: 'DISABLED',
  DEMENTIA: 'DEMENTIA',
  LIVES_ALONE: 'LIVES_ALONE',
  EMPTY_NEST: 'EMPTY_NEST',
  LEFT_BEHIND: 'LEFT_BEHIND',
  WIDOWED_CHILDLESS: 'WIDOWED_CHILDLESS',
  LOST_ONLY_CHILD: 'LOST_ONLY_CHILD',
  FAMILY_PLANNING_SPECIAL: 'FAMILY_PLANNING_SPECIAL',
  HANDICAPPED: 'HANDICAPPED',
  ENTITLED_VETERAN: 'ENTITLED_VETERAN',
  MAJOR_CONTRIBUTOR: 'MAJOR_CONTRIBUTOR',
} as const;
export type ElderCategory = (typeof ElderCategory)[keyof typeof ElderCategory];
export const ELDER_CATEGORIES: readonly ElderCategory[] = Object.values(ElderCategory);

/** The Chinese names officials' lists use, for import files that carry names instead of codes. */
export const ELDER_CATEGORY_LABELS_ZH: Record<ElderCategory, string> = {
  TEKUN: '特困',
  DIBAO: '低保',
  LOW_INCOME: '低收入',
  ECONOMIC_HARDSHIP: '经济困难',
  DISABLED: '失能',
  DEMENTIA: '失智',
  LIVES_ALONE: '独居',
  EMPTY_NEST: '空巢',
  LEFT_BEHIND: '留守',
  WIDOWED_CHILDLESS: '孤寡',
  LOST_ONLY_CHILD: '失独',
  FAMILY_PLANNING_SPECIAL: '计划生育特殊家庭',
  HANDICAPPED: '残疾',
  ENTITLED_VETERAN: '优抚对象',
  MAJOR_CONTRIBUTOR: '重点贡献',
};

/** A category code or its Chinese name → the code; null when neither. */
export function parseElderCategory(text: string): ElderCategory | null {
  const value = text.trim();
  if ((ELDER_CATEGORIES as readonly string[]).includes(value.toUpperCase())) return value.toUpperCase() as ElderCategory;
  const match = (Object.entries(ELDER_CATEGORY_LABELS_ZH) as [ElderCategory, string][]).find(([, label]) => label === value);
  return match ? match[0] : null;
}

export const ElderStatus = {
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  DECEASED: 'DECEASED',
  MOVED_OUT: 'MOVED_OUT',
} as const;
export type ElderStatus = (typeof ElderStatus)[keyof typeof ElderStatus];
export const ELDER_STATUSES: readonly ElderStatus[] = Object.values(ElderStatus);

/** The five levels of 老年人能力评估 (GB/T 42195-2022). */
export const AssessmentGrade = {
  INTACT: 'INTACT',
  MILD: 'MILD',
  MODERATE: 'MODERATE',
  SEVERE: 'SEVERE',
  TOTAL: 'TOTAL',
} as const;
export type AssessmentGrade = (typeof AssessmentGrade)[keyof typeof AssessmentGrade];
export const ASSESSMENT_GRADES: readonly AssessmentGrade[] = Object.values(AssessmentGrade);

/** Categories and assessments take effect only once approved. */
export const ApprovalStatus = {
  PENDING: 'PENDING',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
} as const;
export type ApprovalStatus = (typeof ApprovalStatus)[keyof typeof ApprovalStatus];
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = Object.values(ApprovalStatus);

export const ApprovalSubject = {
  CATEGORY: 'CATEGORY',
  ASSESSMENT: 'ASSESSMENT',
} as const;
export type ApprovalSubject = (typeof ApprovalSubject)[keyof typeof ApprovalSubject];
export const APPROVAL_SUBJECTS: readonly ApprovalSubject[] = Object.values(ApprovalSubject);

export const CardStatus = {
  ACTIVE: 'ACTIVE',
  BLOCKED: 'BLOCKED',
} as const;
export type CardStatus = (typeof CardStatus)[keyof typeof CardStatus];

/** Where an elder stands against periodic re-verification. */
export const ReviewState = {
  CURRENT: 'CURRENT',
  DUE: 'DUE',
  LAPSED: 'LAPSED',
} as const;
export type ReviewState = (typeof ReviewState)[keyof typeof ReviewState];
export const REVIEW_STATES: readonly ReviewState[] = Object.values(ReviewState);

/** Days before the review date from which an elder shows as due. */
export const REVIEW_DUE_WINDOW_DAYS = 30;
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

/** Age bands policy uses. */
export const AgeBand = {
  AGE_60_64: 'AGE_60_64',
  AGE_65_69: 'AGE_65_69',
  AGE_70_79: 'AGE_70_79',
  AGE_80_99: 'AGE_80_99',
  AGE_100_PLUS: 'AGE_100_PLUS',
} as const;
export type AgeBand = (typeof AgeBand)[keyof typeof AgeBand];
export const AGE_BANDS: readonly AgeBand[] = Object.values(AgeBand);

/** Inclusive age range of a band. */
export const AGE_BAND_RANGES: Record<AgeBand, { min: number; max: number }> = {
  AGE_60_64: { min: 60, max: 64 },
  AGE_65_69: { min: 65, max: 69 },
  AGE_70_79: { min: 70, max: 79 },
  AGE_80_99: { min: 80, max: 99 },
  AGE_100_PLUS: { min: 100, max: 200 },
};

/** Elder cards: 12 digits, the last a Luhn check digit, so a mistyped number is caught at the kiosk. */
export const ELDER_CARD_QR_PREFIX = 'XFST:';

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidCardNumber(cardNumber: string): boolean {
  return /^\d{12}$/.test(cardNumber) && luhnCheckDigit(cardNumber.slice(0, 11)) === Number(cardNumber[11]);
}

/** What a kiosk scanned or typed → a card number, or null. Accepts the bare number or the QR payload. */
export function readCardCredential(input: string): string | null {
  const value = input.trim().toUpperCase();
  const number = value.startsWith(ELDER_CARD_QR_PREFIX) ? value.slice(ELDER_CARD_QR_PREFIX.length) : value;
  return isValidCardNumber(number) ? number : null;
}

export function cardQrPayload(cardNumber: string): string {
  return `${ELDER_CARD_QR_PREFIX}${cardNumber}`;
}

/** CURRENT, DUE (within REVIEW_DUE_WINDOW_DAYS) or LAPSED (past) for a review date, on a given day. */
export function reviewStateFor(reviewDueOn: string | null, today: string): ReviewState {
  if (!reviewDueOn) return 'DUE';
  if (reviewDueOn < today) return 'LAPSED';
  if (reviewDueOn <= addDays(today, REVIEW_DUE_WINDOW_DAYS)) return 'DUE';
  return 'CURRENT';
}
