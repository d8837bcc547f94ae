import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref, type Ref } from 'vue';
import { IDLE_PROMPT_AFTER_MS, IDLE_PROMPT_FOR_MS, useIdleReset } from './use-idle-reset';

describe('useIdleReset', () => {
  const onReset = vi.fn<() => void>();
  const onPrompt = vi.fn<() => void>();
  const active = ref(false);
  let wrapper: VueWrapper | undefined;
  let api: { prompting: Readonly<Ref<boolean>>; stillHere: () => void };

  function mountHost(): void {
    const Host = defineComponent({
      setup() {
        api = useIdleReset({ active, onReset, onPrompt });
        return () => h('div');
      },
    });
    wrapper = mount(Host);
  }

  function touch(): void {
    window.dispatchEvent(new Event('pointerdown'));
  }

  beforeEach(() => {
    vi.useFakeTimers();
    active.value = false;
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = undefined;
    vi.useRealTimers();
  });

  it('should be 90 seconds, then 20 seconds of "还在吗？"', () => {
    expect(IDLE_PROMPT_AFTER_MS).toBe(90_000);
    expect(IDLE_PROMPT_FOR_MS).toBe(20_000);
  });

  it('should do nothing while nobody is identified', async () => {
    mountHost();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS * 5);

    expect(api.prompting.value).toBe(false);
    expect(onPrompt).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });

  it('should ask after 90 s untouched, then reset after 20 s more', async () => {
    mountHost();
    active.value = true;
    await nextTick();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS - 1);
    expect(api.prompting.value).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.prompting.value).toBe(true);
    expect(onPrompt).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS - 1);
    expect(onReset).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(api.prompting.value).toBe(false);
  });

  it('should start counting again at every touch', async () => {
    mountHost();
    active.value = true;
    await nextTick();

    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS - 1_000);
    touch();
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS - 1_000);

    expect(api.prompting.value).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(api.prompting.value).toBe(true);
  });

  it('should continue the visit when 继续 is pressed (or the screen is touched) during the prompt', async () => {
    mountHost();
    active.value = true;
    await nextTick();
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS);
    expect(api.prompting.value).toBe(true);

    api.stillHere();
    expect(api.prompting.value).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS * 2);
    expect(onReset).not.toHaveBeenCalled();

    // 90 s after 继续 (40 s of which have passed), the question comes again; a touch answers it too.
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS - IDLE_PROMPT_FOR_MS * 2);
    expect(api.prompting.value).toBe(true);
    touch();
    expect(api.prompting.value).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('should stop, prompt and all, when the visit ends some other way', async () => {
    mountHost();
    active.value = true;
    await nextTick();
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS);
    expect(api.prompting.value).toBe(true);

    active.value = false;
    await nextTick();

    expect(api.prompting.value).toBe(false);
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_FOR_MS * 10);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('should leave no timer behind when unmounted', async () => {
    mountHost();
    active.value = true;
    await nextTick();

    wrapper?.unmount();
    wrapper = undefined;
    await vi.advanceTimersByTimeAsync(IDLE_PROMPT_AFTER_MS + IDLE_PROMPT_FOR_MS);

    expect(onPrompt).not.toHaveBeenCalled();
    expect(onReset).not.toHaveBeenCalled();
  });
});
