import type { SubsidyPolicy } from '@canteen/shared';
import { describe, expect, it } from 'vitest';
import { fieldChanges } from '@/components/elder/history-diff';
import { comparableDocument, policyFieldLabel, policyProblemMessage } from './policy-display';
import { bpOfPercent, documentFromForm, formFromDocument, fundingBpSum, percentOfBp, starterPolicyForm } from './policy-form';

const DOCUMENT: SubsidyPolicy = {
  tiers: [
    { code: 'TEKUN', label: '特困老人', when: { categoriesAny: ['TEKUN'] }, benefit: { type: 'FREE' } },
    { code: 'AGE_80', label: '80 周岁以上', when: { minAge: 80 }, benefit: { type: 'FIXED', fen: 550 } },
    { code: 'DISABLED', when: { minAge: 60, maxAge: 79, gradesAny: ['SEVERE', 'TOTAL'] }, benefit: { type: 'PERCENT', percent: 50, maxFen: 800 } },
  ],
  limits: { mealsPerDay: 2, mealsPerSlot: 1, monthlyCapFen: 30_000 },
  slots: ['LUNCH', 'DINNER'],
  channels: ['DINE_IN', 'DELIVERY'],
  minSelfPayFen: 100,
  deliverySubsidyFen: 250,
  funding: [
    { source: 'CITY', bp: 3333 },
    { source: 'DISTRICT', bp: 6667 },
  ],
};

describe('formFromDocument / documentFromForm', () => {
  it('should show fen as yuan and basis points as percent', () => {
    const form = formFromDocument(DOCUMENT);
    expect(form.tiers[1]).toMatchObject({ benefitType: 'FIXED', fixedYuan: '5.5' });
    expect(form.tiers[2]).toMatchObject({ benefitType: 'PERCENT', percent: 50, maxYuan: '8', minAge: 60, maxAge: 79, gradesAny: ['SEVERE', 'TOTAL'] });
    expect(form.monthlyCapYuan).toBe('300');
    expect(form.minSelfPayYuan).toBe('1');
    expect(form.deliverySubsidyYuan).toBe('2.5');
    expect(form.funding).toEqual([
      { source: 'CITY', percent: 33.33 },
      { source: 'DISTRICT', percent: 66.67 },
    ]);
  });

  it('should give back exactly the document it was made from', () => {
    expect(documentFromForm(formFromDocument(DOCUMENT))).toEqual({ ok: true, document: DOCUMENT });
  });

  it('should store typed yuan as integer fen, without float drift', () => {
    const form = formFromDocument(DOCUMENT);
    form.tiers[1]!.fixedYuan = '0.29';
    form.monthlyCapYuan = '1234.56';
    const result = documentFromForm(form);
    expect(result.ok && result.document.tiers[1]!.benefit).toEqual({ type: 'FIXED', fen: 29 });
    expect(result.ok && result.document.limits.monthlyCapFen).toBe(123_456);
  });

  it('should leave out an empty ceiling and empty conditions', () => {
    const form = formFromDocument(DOCUMENT);
    form.tiers[2]!.maxYuan = '';
    form.tiers[2]!.gradesAny = [];
    const result = documentFromForm(form);
    expect(result.ok && result.document.tiers[2]).toEqual({ code: 'DISABLED', when: { minAge: 60, maxAge: 79 }, benefit: { type: 'PERCENT', percent: 50 } });
  });

  it('should report an amount that is not yuan at its document path, once', () => {
    const form = formFromDocument(DOCUMENT);
    form.tiers[1]!.fixedYuan = '5.555';
    form.minSelfPayYuan = '-1';
    const result = documentFromForm(form);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((problem) => [problem.field, problem.formCode])).toEqual([
      ['tiers.1.benefit.fen', 'yuan'],
      ['minSelfPayFen', 'yuan'],
    ]);
  });

  it('should refuse funding shares that do not add up to 100 % (10000 bp)', () => {
    const form = formFromDocument(DOCUMENT);
    form.funding[1]!.percent = 66.66;
    expect(fundingBpSum(form.funding)).toBe(9999);
    const result = documentFromForm(form);
    expect(!result.ok && result.problems).toEqual([{ field: 'funding', message: 'funding bp must sum to 10000' }]);
    expect(!result.ok && policyProblemMessage(result.problems[0]!).key).toBe('policyProblems.fundingSum');
  });

  it('should refuse a share with more than two decimals', () => {
    const form = formFromDocument(DOCUMENT);
    form.funding[0]!.percent = 33.333;
    const result = documentFromForm(form);
    expect(!result.ok && result.problems[0]).toMatchObject({ field: 'funding.0.bp', formCode: 'percentDecimals' });
  });

  it('should pass the schema problems through with their paths', () => {
    const form = starterPolicyForm();
    form.tiers.push({ ...form.tiers[0]!, minAge: 90, maxAge: 80 });
    form.slots = [];
    const result = documentFromForm(form);
    const fields = !result.ok ? result.problems.map((problem) => problem.field) : [];
    expect(fields).toEqual(expect.arrayContaining(['tiers', 'tiers.1.when.maxAge', 'slots']));
  });

  it('should make a starter form that is a valid policy', () => {
    expect(documentFromForm(starterPolicyForm()).ok).toBe(true);
  });
});

describe('basis points', () => {
  it.each([
    [10_000, 100],
    [3333, 33.33],
    [1, 0.01],
    [0, 0],
  ])('should show %i bp as %s %% and back', (bp, percent) => {
    expect(percentOfBp(bp)).toBe(percent);
    expect(bpOfPercent(percent)).toBe(bp);
  });

  it('should refuse a percent it cannot store exactly', () => {
    expect(bpOfPercent(12.345)).toBeNull();
    expect(bpOfPercent(null)).toBeNull();
  });
});

describe('policyProblemMessage', () => {
  it.each([
    [{ field: 'tiers.0.code', message: 'Invalid string: must match pattern /^[A-Z][A-Z0-9_]{0,31}$/' }, 'policyProblems.rules.code'],
    [{ field: 'tiers.0.when', message: 'Unrecognized key: "foo"' }, 'policyProblems.unknownKey'],
    [{ field: 'tiers.0.when.maxAge', message: 'minAge must not exceed maxAge' }, 'policyProblems.minAgeAboveMax'],
    [{ field: 'limits.mealsPerSlot', message: 'Invalid input: expected number, received undefined' }, 'policyProblems.required'],
    [{ field: 'limits.mealsPerDay', message: 'Too big: expected number to be <=10' }, 'policyProblems.rules.mealsPerDay'],
    [{ field: 'channels.0', message: 'Invalid option: expected one of "DINE_IN"|"DELIVERY"' }, 'policyProblems.rules.channels'],
    [{ field: 'tiers', message: 'tier codes must be unique' }, 'policyProblems.tierCodesUnique'],
    [{ field: 'funding', message: 'each funding source once' }, 'policyProblems.fundingSourceOnce'],
    [{ field: 'somewhere', message: 'odd' }, 'policyProblems.invalid'],
  ])('should explain %j as %s', (problem, key) => {
    expect(policyProblemMessage(problem).key).toBe(key);
  });

  it('should name the unknown key', () => {
    expect(policyProblemMessage({ field: 'tiers.0.when', message: 'Unrecognized key: "foo"' }).params).toEqual({ key: 'foo' });
  });
});

describe('policyFieldLabel', () => {
  const fieldName = (segment: string) => `<${segment}>`;
  const tierName = (indexOrCode: string) => (/^\d+$/.test(indexOrCode) ? `T${Number(indexOrCode) + 1}` : `T:${indexOrCode}`);

  it('should name tiers by position or code and skip the grouping objects', () => {
    expect(policyFieldLabel('tiers.1.benefit.fen', fieldName, tierName)).toBe('T2 · <fen>');
    expect(policyFieldLabel('tiers.AGE_80.when.minAge', fieldName, tierName)).toBe('T:AGE_80 · <minAge>');
    expect(policyFieldLabel('funding.CITY.bp', fieldName, tierName)).toBe('<funding> · <CITY> · <bp>');
    expect(policyFieldLabel('limits.monthlyCapFen', fieldName, tierName)).toBe('<monthlyCapFen>');
    expect(policyFieldLabel('funding.0.bp', fieldName, tierName)).toBe('<funding> · #1 · <bp>');
    expect(policyFieldLabel('', fieldName, tierName)).toBe('<document>');
  });
});

describe('comparableDocument', () => {
  it('should compare tiers by code, so an inserted tier is the only change besides the order', () => {
    const next: SubsidyPolicy = structuredClone(DOCUMENT);
    next.tiers.splice(1, 0, { code: 'DIBAO', when: { categoriesAny: ['DIBAO'] }, benefit: { type: 'FIXED', fen: 800 } });
    next.funding = [
      { source: 'CITY', bp: 5000 },
      { source: 'DISTRICT', bp: 5000 },
    ];
    const changes = fieldChanges(comparableDocument(DOCUMENT), comparableDocument(next));
    expect(changes).toEqual([
      { field: 'tierOrder', before: ['TEKUN', 'AGE_80', 'DISABLED'], after: ['TEKUN', 'DIBAO', 'AGE_80', 'DISABLED'] },
      { field: 'funding.CITY.bp', before: 3333, after: 5000 },
      { field: 'funding.DISTRICT.bp', before: 6667, after: 5000 },
      // A tier only the newer version has comes after the fields both have.
      { field: 'tiers.DIBAO.when.categoriesAny', before: null, after: ['DIBAO'] },
      { field: 'tiers.DIBAO.benefit.type', before: null, after: 'FIXED' },
      { field: 'tiers.DIBAO.benefit.fen', before: null, after: 800 },
    ]);
  });
});
