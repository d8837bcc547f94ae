import { createI18n } from 'vue-i18n';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

export const SUPPORTED_LOCALES = ['zh-CN', 'en-US'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

/** zh-CN is the source language: every key exists there first. */
export type MessageSchema = typeof zhCN;

const LOCALE_STORAGE_KEY = 'canteen-admin.locale';
const SOURCE_LOCALE: AppLocale = 'zh-CN';

function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function initialLocale(): AppLocale {
  const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
  return isAppLocale(stored) ? stored : SOURCE_LOCALE;
}

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: SOURCE_LOCALE,
  messages: { 'zh-CN': zhCN, 'en-US': enUS },
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
});

export function currentLocale(): AppLocale {
  return i18n.global.locale.value;
}

/** Switches the UI language; remembered on this computer (a preference, not personal data). */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
