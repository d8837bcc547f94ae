import { mount } from '@vue/test-utils';
import { ElPagination } from 'element-plus';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/locales';
import ListPagination from './ListPagination.vue';

function mountPagination() {
  return mount(ListPagination, {
    props: { total: 95, page: 2, pageSize: 20, pageSizes: [20, 50, 100] as const },
    global: { plugins: [i18n] },
  });
}

// Element Plus mounts slowly under happy-dom; the first mount also loads the components.
describe('ListPagination', { timeout: 30_000 }, () => {
  it('should hand the page, its size and the sizes on to the pagination', () => {
    const sut = mountPagination().findComponent(ElPagination);

    expect(sut.props('total')).toBe(95);
    expect(sut.props('currentPage')).toBe(2);
    expect(sut.props('pageSize')).toBe(20);
    expect(sut.props('pageSizes')).toEqual([20, 50, 100]);
    expect(sut.props('layout')).toBe('total, sizes, prev, pager, next, jumper');
    expect(sut.classes()).toContain('pagination');
  });

  it('should keep the page size when the page changes', () => {
    const sut = mountPagination();

    sut.findComponent(ElPagination).vm.$emit('current-change', 4);

    expect(sut.emitted('change')).toEqual([[{ page: 4, pageSize: 20 }]]);
  });

  it('should go back to the first page when the page size changes', () => {
    const sut = mountPagination();

    sut.findComponent(ElPagination).vm.$emit('size-change', 50);

    expect(sut.emitted('change')).toEqual([[{ page: 1, pageSize: 50 }]]);
  });
});
