import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { i18n, setLocale } from '@/locales';
import zhCN from '@/locales/zh-CN.json';
import PolicyEditorForm from './PolicyEditorForm.vue';
import { documentFromForm, type FormProblem, type PolicyForm, starterPolicyForm } from './policy-form';

/** The form with a live problem list, the way the editor page wires it. */
function mountForm(initial: PolicyForm) {
  const form = ref(initial);
  const Host = defineComponent({
    setup() {
      return () => {
        const result = documentFromForm(form.value);
        const problems: FormProblem[] = result.ok ? [] : result.problems;
        return h(PolicyEditorForm, { modelValue: form.value, 'onUpdate:modelValue': (next: PolicyForm) => (form.value = next), problems });
      };
    },
  });
  const wrapper = mount(Host, { global: { plugins: [i18n] }, attachTo: document.body });
  return { wrapper, form };
}

// Element Plus mounts slowly under happy-dom; the first mount also loads the components.
describe('PolicyEditorForm', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('should mark a yuan amount it cannot read at its own field, and only there', async () => {
    const { wrapper } = mountForm(starterPolicyForm());
    const amount = wrapper.find('[data-testid="tier-0"] input[inputmode="decimal"]');
    await amount.setValue('3.555');
    await flushPromises();

    // The message itself sits in a transition the test renderer stubs; the field is marked as wrong.
    const item = wrapper.findAll('[data-testid="tier-0"] .el-form-item').find((entry) => entry.text().includes(zhCN.policyFields.fen));
    expect(item?.classes()).toContain('is-error');
    expect(wrapper.findAll('.el-form-item.is-error')).toHaveLength(1);
    wrapper.unmount();
  });

  it('should show the funding total in percent and basis points, and the problem when it is not 100 %', async () => {
    const initial = starterPolicyForm();
    initial.funding = [
      { source: 'CITY', percent: 40 },
      { source: 'DISTRICT', percent: 50 },
    ];
    const { wrapper } = mountForm(initial);

    expect(wrapper.find('[data-testid="funding-sum"]').text()).toContain('90.00');
    expect(wrapper.find('[data-testid="funding-sum"]').text()).toContain('9000');
    expect(wrapper.text()).toContain(zhCN.policyProblems.fundingSum);
    wrapper.unmount();
  });

  it('should add a funding source that fills the rest up to 100 %', async () => {
    const initial = starterPolicyForm();
    initial.funding = [{ source: 'DISTRICT', percent: 60 }];
    const { wrapper, form } = mountForm(initial);

    await wrapper.findAll('button').find((button) => button.text() === zhCN.policies.editor.addSource)!.trigger('click');
    await flushPromises();

    expect(form.value.funding).toEqual([
      { source: 'DISTRICT', percent: 60 },
      { source: 'PROVINCE', percent: 40 },
    ]);
    wrapper.unmount();
  });
});
