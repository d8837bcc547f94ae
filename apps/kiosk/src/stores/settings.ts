import { defineStore } from 'pinia';
import { ref } from 'vue';

export const SUPPORTED_LOCALES = ['zh-CN', 'en-US'] as const;
export type KioskLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: KioskLocale = 'zh-CN';

/** Three text sizes; "standard" already meets the 24 px floor for body text. */
export const FONT_SIZE_STEPS = ['standard', 'large', 'extraLarge'] as const;
export type FontSizeStep = (typeof FONT_SIZE_STEPS)[number];
export const FONT_SIZE_PX: Record<FontSizeStep, number> = {
  standard: 24,
  large: 30,
  extraLarge: 36,
};

/**
 * How the screen looks and speaks. Kept in memory only: on a shared kiosk one person's choice should not
 * outlive their visit (useSessionReset calls `$reset` when a visit ends).
 */
export const useSettingsStore = defineStore('settings', () => {
  const locale = ref<KioskLocale>(DEFAULT_LOCALE);
  const fontSize = ref<FontSizeStep>('standard');
  const highContrast = ref(false);
  const speechEnabled = ref(true);

  function setLocale(next: KioskLocale): void {
    locale.value = next;
  }

  function setFontSize(next: FontSizeStep): void {
    fontSize.value = next;
  }

  function setHighContrast(enabled: boolean): void {
    highContrast.value = enabled;
  }

  function setSpeechEnabled(enabled: boolean): void {
    speechEnabled.value = enabled;
  }

  function $reset(): void {
    locale.value = DEFAULT_LOCALE;
    fontSize.value = 'standard';
    highContrast.value = false;
    speechEnabled.value = true;
  }

  return {
    locale,
    fontSize,
    highContrast,
    speechEnabled,
    setLocale,
    setFontSize,
    setHighContrast,
    setSpeechEnabled,
    $reset,
  };
});
