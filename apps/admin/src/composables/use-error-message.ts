import { ElMessage } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { errorCodeOf } from '@/utils/errors';

/** Errors are shown as the translation of their code, never as the server's prose. */
export function useErrorMessage() {
  const { t } = useI18n();

  function errorText(codeOrError: unknown): string {
    const code = typeof codeOrError === 'string' ? codeOrError : errorCodeOf(codeOrError);
    return t(`errors.${code}`);
  }

  function notifyError(error: unknown): void {
    ElMessage.error({ message: errorText(error), grouping: true });
  }

  return { errorText, notifyError };
}
