import type { ApprovalItemDto } from '@/api/types';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** "低保 · 2026-01-01 起" or "中度失能 · 评估 2026-03-02，有效至 2027-03-01": what is proposed, in one line. */
export function proposalHeadline(item: ApprovalItemDto, t: Translate): string {
  const { summary } = item;
  if (item.subject === 'CATEGORY') {
    const what = summary.category ? t(`elderCategories.${summary.category}`) : '';
    const when = summary.validTo
      ? t('approvals.validRange', { from: summary.validFrom ?? '', to: summary.validTo })
      : t('approvals.validFromOnly', { from: summary.validFrom ?? '' });
    return [what, when].filter(Boolean).join(' · ');
  }
  const grade = summary.grade ? t(`assessmentGrades.${summary.grade}`) : '';
  const when = t('approvals.assessedRange', { on: summary.assessedOn ?? '', until: summary.validUntil ?? '' });
  return [grade, when].filter(Boolean).join(' · ');
}

/** The supporting facts: where the proposal comes from and the evidence named. */
export function proposalDetails(item: ApprovalItemDto, t: Translate): string[] {
  const { summary } = item;
  const lines: string[] = [];
  if (summary.source) lines.push(t('approvals.sourceLine', { source: summary.source }));
  if (summary.assessorOrg) lines.push(t('approvals.assessorLine', { org: summary.assessorOrg }));
  if (summary.reportRef) lines.push(t('approvals.reportLine', { ref: summary.reportRef }));
  if (summary.evidenceNote) lines.push(t('approvals.evidenceLine', { note: summary.evidenceNote }));
  return lines;
}
