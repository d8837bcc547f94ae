import { nextTick, readonly, ref } from 'vue';
import { useSpeech } from './use-speech';

/** One polite live region for the whole app (rendered by AriaAnnouncer.vue). */
const announcement = ref('');
const muted = ref(false);

export interface AnnounceOptions {
  /** Also read it aloud (for prompts that answer something the person just did). */
  speak?: boolean;
}

/** Tells assistive technology (and, when asked, the speaker) about a change on screen. */
export function useAriaAnnouncer() {
  const { speak } = useSpeech();

  function announce(message: string, options: AnnounceOptions = {}): void {
    if (muted.value) return;
    // Emptying first makes screen readers repeat a message identical to the previous one.
    announcement.value = '';
    void nextTick(() => {
      announcement.value = message;
    });
    if (options.speak) speak(message);
  }

  function mute(): void {
    muted.value = true;
  }

  function unmute(): void {
    muted.value = false;
  }

  return { announce, announcement: readonly(announcement), mute, unmute };
}
