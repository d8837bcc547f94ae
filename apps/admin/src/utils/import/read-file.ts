import { readSpreadsheet, type SheetTable, SpreadsheetError } from './spreadsheet';
import type { ParseAnswer } from './spreadsheet.worker';

function inWorker(fileName: string, bytes: ArrayBuffer): Promise<SheetTable> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ParseAnswer>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.table);
      else reject(new SpreadsheetError(event.data.reason));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error('worker failed'));
    };
    worker.postMessage({ fileName, bytes }, [bytes]);
  });
}

/**
 * Reads an .xlsx or .csv the user picked into text cells, in a worker when the browser has one (a
 * 10,000-row roll takes a moment to unzip and parse), on the page otherwise or if the worker fails.
 */
export async function readSpreadsheetFile(file: File): Promise<SheetTable> {
  if (!/\.(xlsx|csv|txt)$/i.test(file.name)) throw new SpreadsheetError('UNSUPPORTED');
  if (typeof Worker !== 'undefined') {
    try {
      return await inWorker(file.name, await file.arrayBuffer());
    } catch (error) {
      if (error instanceof SpreadsheetError) throw error;
    }
  }
  return readSpreadsheet(file.name, await file.arrayBuffer());
}
