import { ErrorCode } from '@canteen/shared';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createKioskI18n } from '@/i18n';
import type { KioskLocale } from '@/stores/settings';
import IdentifyError from './IdentifyError.vue';

function mountError(code: ErrorCode, locale: KioskLocale = 'zh-CN') {
  return mount(IdentifyError, { props: { code }, global: { plugins: [createKioskI18n(locale)] } });
}

describe('IdentifyError', () => {
  it('should say only "无法使用，请找工作人员" for ELDER_DECEASED, and offer help', () => {
    const wrapper = mountError(ErrorCode.ELDER_DECEASED);

    expect(wrapper.get('h1').text()).toBe('无法使用，请找工作人员。');
    expect(wrapper.text()).not.toMatch(/去世|死亡|身故|逝世|deceased|DECEASED/i);
    expect(wrapper.get('[data-testid="error-action-help"]').classes()).toContain('kiosk-button--primary');
    expect(wrapper.find('[data-testid="error-action-retry"]').exists()).toBe(false);
  });

  it('should stay neutral about ELDER_DECEASED in English too', () => {
    const wrapper = mountError(ErrorCode.ELDER_DECEASED, 'en-US');

    expect(wrapper.get('h1').text()).toBe('This cannot be used. Please ask staff.');
    expect(wrapper.text()).not.toMatch(/deceased|died|death|passed away/i);
  });

  it.each([
    [ErrorCode.ELDER_NOT_FOUND, '卡号或身份证号没有找到，请找工作人员。', 'retry'],
    [ErrorCode.ELDER_CARD_BLOCKED, '这张卡已挂失或停用', 'useIdNumber'],
    [ErrorCode.ELDER_SUSPENDED, '暂时停用', 'help'],
    [ErrorCode.ELDER_MOVED_OUT, '请找工作人员帮忙', 'help'],
    [ErrorCode.ELDER_CARD_INVALID, '没能读出卡号', 'retry'],
    [ErrorCode.ELDER_ID_NUMBER_INVALID, '身份证号好像不对', 'retry'],
    [ErrorCode.TOO_MANY_REQUESTS, '请稍等一会儿再试', 'help'],
    [ErrorCode.INTERNAL, '系统出了点问题', 'retry'],
  ])('should explain %s kindly, with a next step first', (code, words, firstAction) => {
    const wrapper = mountError(code);

    expect(wrapper.get('[role="alert"]').text()).toContain(words);
    expect(wrapper.findAll('button')[0]?.attributes('data-testid')).toBe(`error-action-${firstAction}`);
  });

  it('should offer to go on as a visitor or ask staff when the network is down', async () => {
    const wrapper = mountError(ErrorCode.NETWORK_ERROR);

    expect(wrapper.text()).toContain('网络暂时断开');
    expect(wrapper.text()).toContain('以访客身份看菜单');
    expect(wrapper.find('[data-testid="error-action-help"]').exists()).toBe(true);

    await wrapper.get('[data-testid="error-action-visitor"]').trigger('click');
    expect(wrapper.emitted('action')).toEqual([['visitor']]);
  });
});
