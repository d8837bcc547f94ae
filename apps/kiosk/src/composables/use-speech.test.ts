import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettingsStore } from '@/stores/settings';
import { pickVoice, useSpeech } from './use-speech';

function voice(lang: string, name = lang): SpeechSynthesisVoice {
  return { lang, name, default: false, localService: true, voiceURI: name } as SpeechSynthesisVoice;
}

class FakeUtterance {
  lang = '';
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;
  constructor(readonly text: string) {}
}

function stubSpeech(voices: SpeechSynthesisVoice[]) {
  const synth = { speak: vi.fn(), cancel: vi.fn(), getVoices: vi.fn(() => voices) };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
  return synth;
}

describe('pickVoice', () => {
  it('should prefer an exact zh-CN voice', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh-CN', 'Xiaoxiao')];
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('Xiaoxiao');
  });

  it('should accept the same language when the region differs, and normalise zh_CN', () => {
    expect(pickVoice([voice('en-US'), voice('zh_HK')], 'zh-CN')?.lang).toBe('zh_HK');
    expect(pickVoice([voice('zh_CN')], 'zh-CN')?.lang).toBe('zh_CN');
  });

  it('should find nothing when no voice speaks the language', () => {
    expect(pickVoice([voice('en-US')], 'zh-CN')).toBeUndefined();
  });
});

describe('useSpeech', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
  });

  it('should read text in the kiosk language with a zh-CN voice, slowly', () => {
    const synth = stubSpeech([voice('en-US'), voice('zh-CN', 'Xiaoxiao')]);
    const sut = useSpeech();

    sut.speak('午餐 11:00 开始供应');

    expect(synth.cancel).toHaveBeenCalled();
    const utterance = synth.speak.mock.calls[0]?.[0] as FakeUtterance;
    expect(utterance.text).toBe('午餐 11:00 开始供应');
    expect(utterance.lang).toBe('zh-CN');
    expect(utterance.voice?.name).toBe('Xiaoxiao');
    expect(utterance.rate).toBeLessThan(1);
  });

  it('should stay silent when voice is switched off', () => {
    const synth = stubSpeech([voice('zh-CN')]);
    useSettingsStore().setSpeechEnabled(false);

    useSpeech().speak('你好');

    expect(synth.speak).not.toHaveBeenCalled();
  });

  it('should still read what is marked `always` (the pickup number) when voice is switched off', () => {
    const synth = stubSpeech([voice('zh-CN')]);
    useSettingsStore().setSpeechEnabled(false);

    useSpeech().speak('您的取餐号是 A 0 0 7', { always: true });

    expect((synth.speak.mock.calls[0]?.[0] as FakeUtterance).text).toBe('您的取餐号是 A 0 0 7');
  });

  it('should do nothing, without throwing, where the browser has no speech synthesis', () => {
    vi.stubGlobal('speechSynthesis', undefined);
    vi.stubGlobal('SpeechSynthesisUtterance', undefined);
    Reflect.deleteProperty(window, 'speechSynthesis');
    const sut = useSpeech();

    expect(sut.isSupported()).toBe(false);
    expect(() => sut.speak('你好')).not.toThrow();
  });
});
