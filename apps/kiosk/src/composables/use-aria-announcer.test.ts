import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import AriaAnnouncer from '@/components/AriaAnnouncer.vue';
import { useAriaAnnouncer } from './use-aria-announcer';

function stubSpeech() {
  const synth = { speak: vi.fn(), cancel: vi.fn(), getVoices: vi.fn(() => []) };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      rate = 1;
      voice = null;
      constructor(readonly text: string) {}
    },
  );
  return synth;
}

describe('useAriaAnnouncer', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('should put the message in the polite live region', async () => {
    const region = mount(AriaAnnouncer);
    const { announce } = useAriaAnnouncer();

    announce('午餐菜单，共 8 道菜');
    await nextTick();
    await nextTick();

    expect(region.get('[aria-live="polite"]').text()).toBe('午餐菜单，共 8 道菜');
    region.unmount();
  });

  it('should speak only when asked to', () => {
    const synth = stubSpeech();
    const { announce } = useAriaAnnouncer();

    announce('网络已恢复');
    expect(synth.speak).not.toHaveBeenCalled();

    announce('配对成功，欢迎使用', { speak: true });
    expect(synth.speak).toHaveBeenCalledTimes(1);
  });

  it('should stay quiet while muted', async () => {
    const synth = stubSpeech();
    const { announce, announcement, mute, unmute } = useAriaAnnouncer();
    announce('');
    mute();

    announce('不该出现', { speak: true });
    await nextTick();

    expect(announcement.value).toBe('');
    expect(synth.speak).not.toHaveBeenCalled();
    unmute();
  });
});
