import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { KioskMenuDto } from '@/api';
import { createKioskI18n } from '@/i18n';
import type { KioskLocale } from '@/stores/settings';
import { buildKioskMenu } from '@/testing/fixtures';
import MenuHeader from './MenuHeader.vue';

// 2026-11-23 09:30 in Shanghai.
const NOW = new Date('2026-11-23T01:30:00Z');

function mountHeader(menu: KioskMenuDto | null, locale: KioskLocale = 'zh-CN') {
  return mount(MenuHeader, {
    props: { canteenName: '翠湖社区幸福食堂', menu, timeZone: 'Asia/Shanghai', now: NOW, canReadAloud: true },
    global: { plugins: [createKioskI18n(locale)] },
  });
}

function statusText(menu: KioskMenuDto, locale: KioskLocale = 'zh-CN'): string {
  return mountHeader(menu, locale).get('[data-testid="slot-status"]').text();
}

describe('MenuHeader', () => {
  it('should show the canteen, the date and the time in the canteen time zone', () => {
    const wrapper = mountHeader(buildKioskMenu());

    expect(wrapper.get('h1').text()).toBe('翠湖社区幸福食堂');
    expect(wrapper.text()).toContain('2026年11月23日星期一');
    expect(wrapper.get('time').text()).toBe('09:30');
  });

  it('should say the slot is being served, with its hours', () => {
    expect(statusText(buildKioskMenu({ isOpen: true }))).toBe('午餐正在供应，11:00 到 13:30');
  });

  it('should say plainly when a closed slot opens today', () => {
    expect(statusText(buildKioskMenu({ isOpen: false, slot: 'LUNCH', start: '11:00' }))).toBe('午餐 11:00 开始供应');
  });

  it('should say "明天" when the next slot is tomorrow', () => {
    const menu = buildKioskMenu({ isOpen: false, serviceDate: '2026-11-24', slot: 'BREAKFAST', start: '07:00' });
    expect(statusText(menu)).toBe('明天早餐 07:00 开始供应');
  });

  it('should give the date when the next slot is later than tomorrow', () => {
    const menu = buildKioskMenu({ isOpen: false, serviceDate: '2026-11-26', slot: 'DINNER', start: '17:00' });
    expect(statusText(menu)).toBe('11月26日 晚餐 17:00 开始供应');
  });

  it('should say it in English too', () => {
    expect(statusText(buildKioskMenu({ isOpen: false, start: '11:00' }), 'en-US')).toBe('Lunch starts at 11:00');
  });

  it('should offer to read the menu aloud and tell the parent when pressed', async () => {
    const wrapper = mountHeader(buildKioskMenu());

    await wrapper.get('button').trigger('click');

    expect(wrapper.emitted('readAloud')).toHaveLength(1);
  });
});
