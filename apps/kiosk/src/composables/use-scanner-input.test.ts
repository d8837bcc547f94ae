import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { DEMO_CARD_NUMBER } from '@/testing/fixtures';
import { SCANNER_KEY_GAP_MS, useScannerInput } from './use-scanner-input';

/** What a keyboard-wedge scanner sends: one keydown per character, then Enter. */
function scan(text: string, target: EventTarget = window): KeyboardEvent {
  for (const key of text) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  target.dispatchEvent(enter);
  return enter;
}

function press(key: string, init: KeyboardEventInit = {}): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
}

describe('useScannerInput', () => {
  const onCredential = vi.fn<(cardNumber: string) => void>();
  const onUnreadable = vi.fn<() => void>();
  const enabled = ref(true);
  let wrapper: VueWrapper | undefined;

  function mountHost(): VueWrapper {
    const Host = defineComponent({
      setup() {
        useScannerInput({ onCredential, onUnreadable, enabled });
        return () => h('div', [h('button', { id: 'focused' }, 'a button'), h('input', { id: 'field' })]);
      },
    });
    wrapper = mount(Host, { attachTo: document.body });
    return wrapper;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    enabled.value = true;
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
    vi.useRealTimers();
  });

  it('should turn keystrokes ending with Enter into a card number', () => {
    mountHost();

    const enter = scan(DEMO_CARD_NUMBER);

    expect(onCredential).toHaveBeenCalledExactlyOnceWith(DEMO_CARD_NUMBER);
    expect(onUnreadable).not.toHaveBeenCalled();
    // The Enter that ends a scan must not also press the button that has focus.
    expect(enter.defaultPrevented).toBe(true);
  });

  it('should read the QR payload XFST:<card>, in either case', () => {
    mountHost();

    scan(`XFST:${DEMO_CARD_NUMBER}`);
    scan(`xfst:${DEMO_CARD_NUMBER}`);

    expect(onCredential.mock.calls).toEqual([[DEMO_CARD_NUMBER], [DEMO_CARD_NUMBER]]);
  });

  it('should report a scan that is not an elder card, without a card number', () => {
    mountHost();

    scan('100000000009'); // wrong check digit
    scan('6901234567892'); // a grocery barcode

    expect(onCredential).not.toHaveBeenCalled();
    expect(onUnreadable).toHaveBeenCalledTimes(2);
  });

  it('should ignore junk: a stray Enter, a few stray keys, modifier and non-character keys', () => {
    mountHost();

    press('Enter');
    scan('12');
    press('Shift');
    press('Tab');
    press('c', { ctrlKey: true });
    press('Enter');

    expect(onCredential).not.toHaveBeenCalled();
    expect(onUnreadable).not.toHaveBeenCalled();
  });

  it('should ignore non-character keys inside a scan', () => {
    mountHost();

    for (const key of DEMO_CARD_NUMBER.slice(0, 6)) press(key);
    press('Shift');
    for (const key of DEMO_CARD_NUMBER.slice(6)) press(key);
    press('Enter');

    expect(onCredential).toHaveBeenCalledExactlyOnceWith(DEMO_CARD_NUMBER);
  });

  it('should start a new code after a pause, so stray keys do not spoil a scan', () => {
    mountHost();

    press('7');
    press('7');
    vi.advanceTimersByTime(SCANNER_KEY_GAP_MS + 1);
    scan(DEMO_CARD_NUMBER);

    expect(onCredential).toHaveBeenCalledExactlyOnceWith(DEMO_CARD_NUMBER);
  });

  it('should leave keys typed into a real input field alone', () => {
    const host = mountHost();
    const field = host.get('#field').element;

    scan(DEMO_CARD_NUMBER, field);

    expect(onCredential).not.toHaveBeenCalled();
  });

  it('should listen only while enabled, and stop when unmounted', async () => {
    const host = mountHost();
    enabled.value = false;
    await nextTick();

    scan(DEMO_CARD_NUMBER);
    expect(onCredential).not.toHaveBeenCalled();

    enabled.value = true;
    host.unmount();
    wrapper = undefined;
    scan(DEMO_CARD_NUMBER);
    expect(onCredential).not.toHaveBeenCalled();
  });
});
