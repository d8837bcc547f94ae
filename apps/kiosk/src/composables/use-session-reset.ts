import { useRouter } from 'vue-router';
import { useDeviceStore } from '@/stores/device';
import { useElderSessionStore } from '@/stores/elder-session';
import { useMenuStore } from '@/stores/menu';
import { useSettingsStore } from '@/stores/settings';
import { useSpeech } from './use-speech';

/**
 * Ends a visit: every store goes back to its fresh state (the elder, the text size and language they
 * chose, any error on screen; the pairing and the kept menu are read again from storage), speech stops,
 * and the kiosk shows the welcome screen. Used by 结束 and by the idle reset.
 */
export function useSessionReset() {
  const router = useRouter();
  const elderSession = useElderSessionStore();
  const settings = useSettingsStore();
  const menu = useMenuStore();
  const device = useDeviceStore();
  const speech = useSpeech();

  function resetStores(): void {
    elderSession.$reset();
    settings.$reset();
    menu.$reset();
    device.$reset();
    speech.stop();
  }

  async function endSession(): Promise<void> {
    resetStores();
    await router.replace({ name: device.isPaired ? 'welcome' : 'pairing' });
  }

  return { resetStores, endSession };
}
