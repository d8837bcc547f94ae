import { readSpreadsheet, SpreadsheetError } from './spreadsheet';

/** Parses a spreadsheet off the page's thread, so 10,000 rows do not freeze the wizard. */
export interface ParseRequest {
  fileName: string;
  bytes: ArrayBuffer;
}

export type ParseAnswer = { ok: true; table: string[][] } | { ok: false; reason: SpreadsheetError['reason'] };

/** The worker's global scope, typed by hand: the app's TypeScript program has the DOM library, not WebWorker. */
interface ParserScope {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage(message: ParseAnswer): void;
}

const scope = self as unknown as ParserScope;

scope.onmessage = async (event: MessageEvent<ParseRequest>) => {
  let answer: ParseAnswer;
  try {
    answer = { ok: true, table: await readSpreadsheet(event.data.fileName, event.data.bytes) };
  } catch (error) {
    answer = { ok: false, reason: error instanceof SpreadsheetError ? error.reason : 'UNREADABLE' };
  }
  scope.postMessage(answer);
};
