import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import type { PaymentMethod } from '@/api';
import { errorMessageKey } from '@/api/errors';
import type { OrderErrorAction } from '@/components/OrderError.vue';
import { useDeviceStore } from '@/stores/device';
import { useMenuStore } from '@/stores/menu';
import { useOrderStore } from '@/stores/order';
import { useAriaAnnouncer } from './use-aria-announcer';
import { useSessionReset } from './use-session-reset';

/**
 * The steps the review and pay screens share: place the order (then the ticket), try again with the same
 * order, go back to a freshly loaded menu when a dish sold out meanwhile, or end the visit.
 */
export function useOrderFlow(options: { requote: () => Promise<void> }) {
  const { t } = useI18n();
  const router = useRouter();
  const order = useOrderStore();
  const menuStore = useMenuStore();
  const device = useDeviceStore();
  const { announce } = useAriaAnnouncer();
  const { endSession } = useSessionReset();

  async function afterPlacing(placed: boolean): Promise<void> {
    if (placed) {
      await router.replace({ name: 'ticket' });
      return;
    }
    // A refused device goes to pairing (App.vue); an answer dropped by a reset needs no words.
    if (order.placeError && device.isPaired) announce(t(errorMessageKey(order.placeError)), { speak: true });
  }

  async function place(method: PaymentMethod): Promise<void> {
    announce(t('pay.placing'));
    await afterPlacing(await order.place(method));
  }

  /** Back to the menu, loaded again so what sold out shows (and leaves the cart). */
  async function backToFreshMenu(): Promise<void> {
    await menuStore.load();
    await router.push({ name: 'menu' });
  }

  async function onErrorAction(action: OrderErrorAction): Promise<void> {
    switch (action) {
      case 'retry':
        if (order.placeError) {
          announce(t('pay.placing'));
          await afterPlacing(await order.retryPlace());
        } else {
          await options.requote();
        }
        return;
      case 'menu':
        await backToFreshMenu();
        return;
      case 'home':
        await endSession();
        announce(t('a11y.sessionEnded'));
        return;
    }
  }

  return { place, onErrorAction, endSession };
}
