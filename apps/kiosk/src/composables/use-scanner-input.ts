import { readCardCredential } from '@canteen/shared';
import { onBeforeUnmount, onMounted, toValue, type MaybeRefOrGetter } from 'vue';

/** A USB scanner types a whole code in a few milliseconds; a longer pause starts a new code. */
export const SCANNER_KEY_GAP_MS = 500;
/** Longer than any card number or QR payload: beyond it the input is not a card. */
export const SCANNER_MAX_LENGTH = 64;
/** Fewer characters before Enter is a stray key press, not a scan: ignored without a word. */
export const SCANNER_MIN_LENGTH = 4;

export interface ScannerInputOptions {
  /** A valid card number was scanned (bare number or `XFST:<card>` QR payload). */
  onCredential: (cardNumber: string) => void;
  /** Something that looked like a scan but is not an elder card. */
  onUnreadable?: () => void;
  /** Listen only while this is true (e.g. only on the screen that asks for a card). */
  enabled?: MaybeRefOrGetter<boolean>;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Reads a card reader or QR scanner that acts as a keyboard: characters arrive as key presses and the
 * code ends with Enter. Keystrokes are captured on the whole window into a hidden buffer (nothing is
 * shown or kept); only a valid card number reaches `onCredential`. Keys typed into a real input field,
 * keys with Ctrl/Alt/Meta and non-character keys are left alone.
 */
export function useScannerInput(options: ScannerInputOptions) {
  let buffer = '';
  let lastKeyAt = 0;

  function reset(): void {
    buffer = '';
  }

  function onKeydown(event: KeyboardEvent): void {
    if (!(toValue(options.enabled) ?? true)) {
      buffer = '';
      return;
    }
    if (event.ctrlKey || event.altKey || event.metaKey || isTypingTarget(event.target)) return;

    const now = Date.now();
    if (now - lastKeyAt > SCANNER_KEY_GAP_MS) buffer = '';
    lastKeyAt = now;

    if (event.key === 'Enter') {
      const scanned = buffer;
      buffer = '';
      if (scanned.length < SCANNER_MIN_LENGTH) return;
      // The Enter ends a scan: it must not also press whichever button has focus.
      event.preventDefault();
      const cardNumber = readCardCredential(scanned);
      if (cardNumber !== null) options.onCredential(cardNumber);
      else options.onUnreadable?.();
      return;
    }

    if (event.key.length !== 1) return; // Shift, Tab, arrows…: not part of a code.
    event.preventDefault();
    buffer = buffer.length < SCANNER_MAX_LENGTH ? buffer + event.key : buffer;
  }

  onMounted(() => window.addEventListener('keydown', onKeydown, { capture: true }));
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKeydown, { capture: true });
    reset();
  });

  return { reset };
}
