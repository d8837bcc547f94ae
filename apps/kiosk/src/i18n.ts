import { createI18n } from 'vue-i18n';
import enUS from '@/locales/en-US.json';
import zhCN from '@/locales/zh-CN.json';
import { DEFAULT_LOCALE, type KioskLocale } from '@/stores/settings';

/** zh-CN is the source language; en-US must have exactly the same keys (the type enforces it). */
export type MessageSchema = typeof zhCN;

export function createKioskI18n(locale: KioskLocale = DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], KioskLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, 'en-US': enUS },
  });
}
