import { useSettingsStore } from '@/stores/settings';

/** Slower than the default: many listeners are in their eighties. */
export const SPEECH_RATE = 0.85;

function normaliseLang(lang: string): string {
  return lang.replace('_', '-').toLowerCase();
}

/** The voice for `locale`: an exact match (zh-CN), else one of the same language (zh-*), else none. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], locale: string): SpeechSynthesisVoice | undefined {
  const wanted = normaliseLang(locale);
  const language = wanted.split('-')[0] ?? wanted;
  return (
    voices.find((voice) => normaliseLang(voice.lang) === wanted) ??
    voices.find((voice) => normaliseLang(voice.lang).split('-')[0] === language)
  );
}

function speechSynthesisOrNull(): SpeechSynthesis | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  if (typeof globalThis.SpeechSynthesisUtterance !== 'function') return null;
  return window.speechSynthesis;
}

/**
 * Speaks prompts aloud with the Web Speech API when the browser has it; otherwise does nothing (the
 * words are on screen and in the aria-live region anyway).
 */
export function useSpeech() {
  const settings = useSettingsStore();

  const isSupported = (): boolean => speechSynthesisOrNull() !== null;

  /**
   * Reads `text` aloud when voice is on. `always` reads it even with voice off: only for what a person
   * cannot do without (the pickup number).
   */
  function speak(text: string, options: { always?: boolean } = {}): void {
    const synth = speechSynthesisOrNull();
    if (synth === null || (!settings.speechEnabled && !options.always) || text.trim() === '') return;
    try {
      // A new prompt replaces one still being read, so speech never lags behind the screen.
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = settings.locale;
      utterance.rate = SPEECH_RATE;
      const voice = pickVoice(synth.getVoices(), settings.locale);
      if (voice) utterance.voice = voice;
      synth.speak(utterance);
    } catch {
      // Speech is a help, never a requirement: a broken engine must not break the screen.
    }
  }

  function stop(): void {
    try {
      speechSynthesisOrNull()?.cancel();
    } catch {
      // As above.
    }
  }

  return { isSupported, speak, stop };
}
