import { ElMessage } from 'element-plus';
import { ref } from 'vue';
import { useErrorMessage } from './use-error-message';

export interface ListExportOptions<Row> {
  /** Every row to export; `onProgress` gets the rows fetched so far and the total. */
  fetchRows: (onProgress: (done: number, total: number) => void) => Promise<Row[]>;
  /** Writes the rows out (e.g. as an Excel file). */
  write: (rows: Row[]) => Promise<void>;
  /** The success message for `count` exported rows. */
  exportedMessage: (count: number) => string;
}

/**
 * A list page's "export all matching" button: busy while it runs, the progress as `done/total` ('' when
 * none), a success message with the count, and the translated error if anything fails.
 */
export function useListExport<Row>(options: ListExportOptions<Row>) {
  const { notifyError } = useErrorMessage();
  const exporting = ref(false);
  const exportProgress = ref('');

  async function exportAll(): Promise<void> {
    exporting.value = true;
    try {
      const rows = await options.fetchRows((done, total) => (exportProgress.value = `${done}/${total}`));
      await options.write(rows);
      ElMessage.success(options.exportedMessage(rows.length));
    } catch (error) {
      notifyError(error);
    } finally {
      exporting.value = false;
      exportProgress.value = '';
    }
  }

  return { exporting, exportProgress, exportAll };
}
