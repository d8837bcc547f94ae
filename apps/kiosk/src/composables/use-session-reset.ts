import { useRouter } from 'vue-router';
import { useCartStore } from '@/stores/cart';
import { useDeviceStore } from '@/stores/device';
import { useElderSessionStore } from '@/stores/elder-session';
import { useMenuStore } from '@/stores/menu';
import { useOrderStore } from '@/stores/order';
import { useSettingsStore } from '@/stores/settings';
import { useSubsidyPreviewStore } from '@/stores/subsidy-preview';
import { useSpeech } from './use-speech';

/**
 * Ends a visit: every store goes back to its fresh state (the elder and the subsidy preview's basis, the
 * cart, the order and its ticket, the text size and language they chose, any error on screen; the pairing
 * and the kept menu are read again from storage), speech stops, and the kiosk shows the welcome screen.
 * Used by 结束, 完成 and the idle reset.
 */
export function useSessionReset() {
  const router = useRouter();
  const elderSession = useElderSessionStore();
  const cart = useCartStore();
  const order = useOrderStore();
  const subsidyPreview = useSubsidyPreviewStore();
  const settings = useSettingsStore();
  const menu = useMenuStore();
  const device = useDeviceStore();
  const speech = useSpeech();

  function resetStores(): void {
    elderSession.$reset();
    subsidyPreview.$reset();
    cart.$reset();
    order.$reset();
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
