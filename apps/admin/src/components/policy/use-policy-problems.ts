import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useI18n } from 'vue-i18n';
import { policyFieldLabel, policyProblemMessage } from './policy-display';
import type { FormProblem } from './policy-form';

/** Translated policy problems, by document path, for the form's fields and the JSON mode's list. */
export function usePolicyProblems(problems: MaybeRefOrGetter<readonly FormProblem[]>) {
  const { t, te } = useI18n();

  function messageOf(problem: FormProblem): string {
    const { key, params } = policyProblemMessage(problem);
    return t(key, params);
  }

  /** The message(s) for one path, joined; empty when the field is fine. */
  function errorAt(field: string): string {
    return toValue(problems)
      .filter((problem) => problem.field === field)
      .map(messageOf)
      .join('；');
  }

  function fieldLabel(field: string): string {
    return policyFieldLabel(
      field,
      (segment) => (te(`policyFields.${segment}`) ? t(`policyFields.${segment}`) : segment),
      (index) => t('policies.editor.tierNumber', { number: Number(index) + 1 }),
    );
  }

  /** Every problem as "where: what", for the list above the JSON editor and the save refusal. */
  const lines = computed(() => toValue(problems).map((problem) => ({ field: problem.field, where: fieldLabel(problem.field), what: messageOf(problem) })));

  return { errorAt, lines, messageOf };
}
