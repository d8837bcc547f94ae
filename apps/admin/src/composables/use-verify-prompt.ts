import { ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';

const NOTE_MAX = 200;

/** Asks to confirm a re-verification, with an optional note: the note, or null when cancelled. */
export function useVerifyPrompt() {
  const { t } = useI18n();

  async function askVerifyNote(elderName: string): Promise<string | null> {
    try {
      const { value } = await ElMessageBox.prompt(t('elders.verifyPrompt', { name: elderName }), t('elders.verifyTitle'), {
        confirmButtonText: t('elders.actions.verify'),
        cancelButtonText: t('common.cancel'),
        inputPlaceholder: t('elders.verifyNotePlaceholder'),
        inputValidator: (input: string) => (input?.length ?? 0) <= NOTE_MAX || t('validation.maxLength', { max: NOTE_MAX }),
      });
      return (value ?? '').trim();
    } catch {
      return null; // cancelled
    }
  }

  return { askVerifyNote };
}
