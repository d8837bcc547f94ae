import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { setRequestLocale } from '@/api';
import { FONT_SIZE_PX, useSettingsStore } from '@/stores/settings';

/**
 * The one place where settings reach the page: text size and theme become CSS variables / attributes
 * on <html>; the language goes to vue-i18n, the `lang` attribute, the page title and the API's
 * Accept-Language. Call once, from App.vue.
 */
export function useGlobalEffects(): void {
  const settings = useSettingsStore();
  const { locale, t } = useI18n({ useScope: 'global' });
  const html = document.documentElement;

  watchEffect(() => {
    html.style.setProperty('--kiosk-font-size', `${FONT_SIZE_PX[settings.fontSize]}px`);
    html.dataset.fontSize = settings.fontSize;
  });

  watchEffect(() => {
    html.dataset.theme = settings.highContrast ? 'high-contrast' : 'default';
  });

  watchEffect(() => {
    locale.value = settings.locale;
    html.lang = settings.locale;
    setRequestLocale(settings.locale);
  });

  watchEffect(() => {
    document.title = t('app.name');
  });
}
