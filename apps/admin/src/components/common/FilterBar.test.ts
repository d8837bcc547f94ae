import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { i18n, setLocale } from '@/locales';
import zhCN from '@/locales/zh-CN.json';
import FilterBar from './FilterBar.vue';

function mountBar() {
  return mount(FilterBar, {
    global: { plugins: [i18n] },
    slots: { default: () => h('input', { class: 'field', 'aria-label': 'q' }) },
    attachTo: document.body,
  });
}

// Element Plus mounts slowly under happy-dom; the first mount also loads the components.
describe('FilterBar', { timeout: 30_000 }, () => {
  beforeEach(() => setLocale('zh-CN'));

  it('should lay out the fields in a search form, followed by the search and reset buttons', () => {
    const sut = mountBar();

    const form = sut.find('form.toolbar[role="search"]');
    expect(form.exists()).toBe(true);
    expect(form.element.children[0]?.classList.contains('field')).toBe(true);
    const buttons = form.findAll('button');
    expect(buttons.map((button) => button.text())).toEqual([zhCN.common.search, zhCN.common.reset]);
    expect(buttons[0]?.attributes('type')).toBe('submit');
    sut.unmount();
  });

  it('should emit search when the form is submitted (the button or Enter in a field)', async () => {
    const sut = mountBar();

    await sut.find('form').trigger('submit');

    expect(sut.emitted('search')).toHaveLength(1);
    expect(sut.emitted('reset')).toBeUndefined();
    sut.unmount();
  });

  it('should emit reset from the reset button', async () => {
    const sut = mountBar();

    await sut.findAll('button')[1]?.trigger('click');

    expect(sut.emitted('reset')).toHaveLength(1);
    expect(sut.emitted('search')).toBeUndefined();
    sut.unmount();
  });
});
