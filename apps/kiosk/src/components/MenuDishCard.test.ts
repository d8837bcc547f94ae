import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createKioskI18n } from '@/i18n';
import type { KioskLocale } from '@/stores/settings';
import { buildMenuItem } from '@/testing/fixtures';
import type { MenuItemDto } from '@/api';
import MenuDishCard from './MenuDishCard.vue';

function mountCard(item: MenuItemDto, locale: KioskLocale = 'zh-CN') {
  return mount(MenuDishCard, { props: { item }, global: { plugins: [createKioskI18n(locale)] } });
}

describe('MenuDishCard', () => {
  it('should show the dish name and the price formatted in yuan', () => {
    const wrapper = mountCard(buildMenuItem({ name: '番茄炒蛋', priceFen: 1200 }));

    expect(wrapper.get('h3').text()).toBe('番茄炒蛋');
    expect(wrapper.get('[data-testid="price"]').text()).toBe('12.00 元');
  });

  it('should keep the fen exact (no float rounding)', () => {
    const wrapper = mountCard(buildMenuItem({ priceFen: 805 }));
    expect(wrapper.get('[data-testid="price"]').text()).toBe('8.05 元');
  });

  it('should write "已售完" in words when the dish is sold out', () => {
    const wrapper = mountCard(buildMenuItem({ soldOut: true, portionsLeft: 0 }));

    expect(wrapper.get('[data-testid="sold-out"]').text()).toBe('已售完');
    expect(wrapper.classes()).toContain('dish-card--sold-out');
  });

  it('should not say sold out for a dish that is available', () => {
    const wrapper = mountCard(buildMenuItem({ soldOut: false, portionsLeft: 30 }));

    expect(wrapper.find('[data-testid="sold-out"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('已售完');
  });

  it('should name diet tags and allergens in words', () => {
    const wrapper = mountCard(buildMenuItem({ dietTags: ['SOFT', 'LOW_SALT'], allergens: ['EGG', 'WHEAT'] }));

    expect(wrapper.findAll('.dish-card__tag').map((tag) => tag.text())).toEqual(['软食', '低盐']);
    expect(wrapper.text()).toContain('含有：鸡蛋、小麦');
  });

  it('should call out the last few portions', () => {
    const wrapper = mountCard(buildMenuItem({ portionsLeft: 3 }));
    expect(wrapper.text()).toContain('只剩 3 份');
  });

  it('should show a placeholder tile instead of a photo when there is none', () => {
    const wrapper = mountCard(buildMenuItem({ photoUrl: null }));

    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('.dish-placeholder').exists()).toBe(true);
  });

  it('should fall back to the placeholder when the photo fails to load', async () => {
    const wrapper = mountCard(buildMenuItem({ photoUrl: '/kiosk/dishes/missing.svg' }));

    await wrapper.get('img').trigger('error');

    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.find('.dish-placeholder').exists()).toBe(true);
  });

  it('should speak English when the kiosk is switched to en-US', () => {
    const wrapper = mountCard(buildMenuItem({ priceFen: 1200, soldOut: true, dietTags: ['SOFT'] }), 'en-US');

    expect(wrapper.get('[data-testid="price"]').text()).toBe('12.00 yuan');
    expect(wrapper.get('[data-testid="sold-out"]').text()).toBe('Sold out');
    expect(wrapper.get('.dish-card__tag').text()).toBe('Soft');
  });
});
