import { onBeforeUnmount, onMounted, readonly, ref, toValue, watch, type MaybeRefOrGetter } from 'vue';

/** Nobody has touched the screen for this long after identifying: ask whether they are still there. */
export const IDLE_PROMPT_AFTER_MS = 90_000;
/** How long "还在吗？" stays before the kiosk goes back to the welcome screen. */
export const IDLE_PROMPT_FOR_MS = 20_000;

/** What counts as someone being at the screen. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export interface IdleResetOptions {
  /** Watch for idleness only while this is true (an elder is identified). */
  active: MaybeRefOrGetter<boolean>;
  /** Called when the prompt went unanswered: clear everything and go back to welcome. */
  onReset: () => void;
  /** Called when the prompt appears (to tell assistive technology). */
  onPrompt?: () => void;
  idleMs?: number;
  promptMs?: number;
}

/**
 * The one time-out on the kiosk, so one elder's name never shows to the next person: after `idleMs`
 * without a touch, `prompting` turns true ("还在吗？" with a big 继续); any touch, or `stillHere()`,
 * continues the visit; after `promptMs` more, `onReset` runs. Inactive, it does nothing.
 */
export function useIdleReset(options: IdleResetOptions) {
  const idleMs = options.idleMs ?? IDLE_PROMPT_AFTER_MS;
  const promptMs = options.promptMs ?? IDLE_PROMPT_FOR_MS;
  const prompting = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function startIdleTimer(): void {
    clearTimer();
    prompting.value = false;
    if (!toValue(options.active)) return;
    timer = setTimeout(showPrompt, idleMs);
  }

  function showPrompt(): void {
    prompting.value = true;
    options.onPrompt?.();
    timer = setTimeout(expire, promptMs);
  }

  function expire(): void {
    clearTimer();
    prompting.value = false;
    options.onReset();
  }

  /** The person is here: the 继续 button, or any touch. */
  function stillHere(): void {
    if (toValue(options.active)) startIdleTimer();
  }

  function stop(): void {
    clearTimer();
    prompting.value = false;
  }

  const onActivity = (): void => stillHere();

  watch(
    () => toValue(options.active),
    (active) => (active ? startIdleTimer() : stop()),
  );

  onMounted(() => {
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    if (toValue(options.active)) startIdleTimer();
  });

  onBeforeUnmount(() => {
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    stop();
  });

  return { prompting: readonly(prompting), stillHere };
}
