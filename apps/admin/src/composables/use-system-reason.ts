import { useI18n } from 'vue-i18n';

/**
 * Reasons are free text a person typed, or a code the system wrote when it acted on its own (a card
 * blocked because the elder died, a proposal rejected for the same reason): codes are translated.
 */
export function useSystemReason() {
  const { t, te } = useI18n();

  function reasonText(reason: string | null | undefined): string {
    if (!reason) return '';
    return te(`systemReasons.${reason}`) ? t(`systemReasons.${reason}`) : reason;
  }

  return { reasonText };
}
