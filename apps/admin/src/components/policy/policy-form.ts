import {
  type AssessmentGrade,
  BASIS_POINTS_WHOLE,
  type ElderCategory,
  formatYuan,
  FUNDING_SOURCES,
  type FundingSource,
  type MealSlot,
  type OrderChannel,
  parseSubsidyPolicy,
  parseYuan,
  type PolicyProblem,
  type SubsidyPolicy,
} from '@canteen/shared';

/*
 * The policy editor's form: amounts typed in yuan (text, so "3.5" stays what was typed), funding shares
 * in percent with two decimals (= basis points / 100). The document the API stores is integer fen and
 * basis points; `documentFromForm` converts and then checks the result with the shared schema, so the
 * form and the JSON mode can never disagree on what is valid.
 */

export type BenefitType = 'FREE' | 'FIXED' | 'PERCENT';
export const BENEFIT_TYPES: readonly BenefitType[] = ['FREE', 'FIXED', 'PERCENT'];

export interface TierForm {
  code: string;
  label: string;
  minAge: number | null;
  maxAge: number | null;
  categoriesAny: ElderCategory[];
  gradesAny: AssessmentGrade[];
  benefitType: BenefitType;
  /** FIXED: yuan off the meal. */
  fixedYuan: string;
  /** PERCENT: 1–100. */
  percent: number | null;
  /** PERCENT: at most this many yuan a meal; empty = no ceiling. */
  maxYuan: string;
}

export interface FundingForm {
  source: FundingSource;
  /** Share in percent, two decimals at most (33.33 % = 3333 bp). */
  percent: number | null;
}

export interface PolicyForm {
  tiers: TierForm[];
  mealsPerDay: number | null;
  mealsPerSlot: number | null;
  monthlyCapYuan: string;
  slots: MealSlot[];
  channels: OrderChannel[];
  minSelfPayYuan: string;
  deliverySubsidyYuan: string;
  funding: FundingForm[];
}

export function emptyTier(index: number): TierForm {
  return {
    code: `TIER_${index + 1}`,
    label: '',
    minAge: null,
    maxAge: null,
    categoriesAny: [],
    gradesAny: [],
    benefitType: 'FIXED',
    fixedYuan: '',
    percent: null,
    maxYuan: '',
  };
}

/** A starting point for a district's first version: one tier for everyone 60+, the district pays all. */
export function starterPolicyForm(): PolicyForm {
  return {
    tiers: [{ ...emptyTier(0), code: 'AGE_60', minAge: 60, fixedYuan: '2' }],
    mealsPerDay: 1,
    mealsPerSlot: 1,
    monthlyCapYuan: '100',
    slots: ['LUNCH'],
    channels: ['DINE_IN'],
    minSelfPayYuan: '1',
    deliverySubsidyYuan: '0',
    funding: [{ source: 'DISTRICT', percent: 100 }],
  };
}

function yuanText(fen: number | undefined): string {
  return fen === undefined ? '' : formatYuan(fen).replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
}

/** Basis points as percent, without float drift (3333 → 33.33). */
export function percentOfBp(bp: number): number {
  return Number(`${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}`);
}

/** Percent (two decimals at most) as basis points; null when it has more decimals or is no number. */
export function bpOfPercent(percent: number | null): number | null {
  if (percent === null || !Number.isFinite(percent)) return null;
  const bp = Math.round(percent * 100);
  return Math.abs(bp - percent * 100) < 1e-6 ? bp : null;
}

/** The sum of the shares in basis points (unparseable shares count as 0). */
export function fundingBpSum(funding: readonly FundingForm[]): number {
  return funding.reduce((sum, part) => sum + (bpOfPercent(part.percent) ?? 0), 0);
}

export function formFromDocument(document: SubsidyPolicy): PolicyForm {
  return {
    tiers: document.tiers.map((tier) => ({
      code: tier.code,
      label: tier.label ?? '',
      minAge: tier.when.minAge ?? null,
      maxAge: tier.when.maxAge ?? null,
      categoriesAny: [...((tier.when.categoriesAny ?? []) as ElderCategory[])],
      gradesAny: [...((tier.when.gradesAny ?? []) as AssessmentGrade[])],
      benefitType: tier.benefit.type,
      fixedYuan: tier.benefit.type === 'FIXED' ? yuanText(tier.benefit.fen) : '',
      percent: tier.benefit.type === 'PERCENT' ? tier.benefit.percent : null,
      maxYuan: tier.benefit.type === 'PERCENT' ? yuanText(tier.benefit.maxFen) : '',
    })),
    mealsPerDay: document.limits.mealsPerDay,
    mealsPerSlot: document.limits.mealsPerSlot,
    monthlyCapYuan: yuanText(document.limits.monthlyCapFen),
    slots: [...(document.slots as MealSlot[])],
    channels: [...document.channels],
    minSelfPayYuan: yuanText(document.minSelfPayFen),
    deliverySubsidyYuan: yuanText(document.deliverySubsidyFen),
    funding: document.funding.map((part) => ({ source: part.source, percent: percentOfBp(part.bp) })),
  };
}

/** A problem of the form, at the document path it belongs to; `code` is a `policyProblems.*` key or null. */
export interface FormProblem extends PolicyProblem {
  /** Set by the form itself (a yuan amount it could not read); schema problems leave it undefined. */
  formCode?: 'yuan' | 'percentDecimals';
}

/**
 * The document a form describes, or every problem found: first what the form cannot even convert
 * (an amount that is not yuan), then what the shared schema refuses. Paths are document paths
 * (`tiers.0.benefit.fen`), so both modes show problems the same way.
 */
export function documentFromForm(
  form: PolicyForm,
): { ok: true; document: SubsidyPolicy } | { ok: false; problems: FormProblem[]; candidate: Record<string, unknown> } {
  const problems: FormProblem[] = [];
  const fenAt = (text: string, field: string, optional = false): number | undefined => {
    if (optional && text.trim() === '') return undefined;
    const fen = parseYuan(text);
    if (fen === null) {
      problems.push({ field, message: 'not a yuan amount', formCode: 'yuan' });
      return undefined;
    }
    return fen;
  };
  const intOrUndefined = (value: number | null): number | undefined => (value === null ? undefined : value);

  const tiers = form.tiers.map((tier, index) => {
    const path = `tiers.${index}`;
    const when: Record<string, unknown> = {};
    if (tier.minAge !== null) when.minAge = tier.minAge;
    if (tier.maxAge !== null) when.maxAge = tier.maxAge;
    if (tier.categoriesAny.length > 0) when.categoriesAny = [...tier.categoriesAny];
    if (tier.gradesAny.length > 0) when.gradesAny = [...tier.gradesAny];
    let benefit: Record<string, unknown>;
    if (tier.benefitType === 'FREE') benefit = { type: 'FREE' };
    else if (tier.benefitType === 'FIXED') benefit = { type: 'FIXED', fen: fenAt(tier.fixedYuan, `${path}.benefit.fen`) };
    else {
      const maxFen = fenAt(tier.maxYuan, `${path}.benefit.maxFen`, true);
      benefit = { type: 'PERCENT', percent: intOrUndefined(tier.percent), ...(maxFen === undefined ? {} : { maxFen }) };
    }
    const label = tier.label.trim();
    return { code: tier.code.trim(), ...(label ? { label } : {}), when, benefit };
  });

  const funding = form.funding.map((part, index) => {
    const bp = bpOfPercent(part.percent);
    if (part.percent !== null && bp === null) problems.push({ field: `funding.${index}.bp`, message: 'two decimals at most', formCode: 'percentDecimals' });
    return { source: part.source, bp: bp ?? undefined };
  });

  const candidate: Record<string, unknown> = {
    tiers,
    limits: {
      mealsPerDay: intOrUndefined(form.mealsPerDay),
      mealsPerSlot: intOrUndefined(form.mealsPerSlot),
      monthlyCapFen: fenAt(form.monthlyCapYuan, 'limits.monthlyCapFen'),
    },
    slots: [...form.slots],
    channels: [...form.channels],
    minSelfPayFen: fenAt(form.minSelfPayYuan, 'minSelfPayFen'),
    deliverySubsidyFen: fenAt(form.deliverySubsidyYuan, 'deliverySubsidyFen'),
    funding,
  };
  const parsed = parseSubsidyPolicy(candidate);
  if (problems.length === 0 && parsed.ok) return { ok: true, document: parsed.policy };
  // A field the form already explained is not reported twice ("expected number, received undefined").
  const explained = new Set(problems.map((problem) => problem.field));
  const schemaProblems = parsed.ok ? [] : parsed.problems.filter((problem) => !explained.has(problem.field));
  // The candidate is what the JSON mode shows of a form that is not valid yet (unreadable amounts left out).
  return { ok: false, problems: [...problems, ...schemaProblems], candidate: JSON.parse(JSON.stringify(candidate)) as Record<string, unknown> };
}

/** Funding sources not yet in the form, for the "add a source" menu. */
export function unusedFundingSources(funding: readonly FundingForm[]): FundingSource[] {
  return FUNDING_SOURCES.filter((source) => !funding.some((part) => part.source === source));
}

export const FUNDING_WHOLE_PERCENT = BASIS_POINTS_WHOLE / 100;
