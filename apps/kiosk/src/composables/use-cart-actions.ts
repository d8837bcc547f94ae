import { formatYuan } from '@canteen/shared';
import { ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { KioskMenuDto, MenuItemDto } from '@/api';
import { MAX_QTY_PER_DISH, maxQtyFor, useCartStore } from '@/stores/cart';
import { useSubsidyPreviewStore } from '@/stores/subsidy-preview';
import { useAriaAnnouncer } from './use-aria-announcer';

/**
 * The menu's 加一份 / 少一份, each answered in words (live region and voice, as it answers a touch) —
 * with what is left to pay when the subsidy can be previewed — and the cart kept in line with every fresh
 * menu: a dish that sold out meanwhile leaves the cart, and the screen says so.
 */
export function useCartActions(menu: Ref<KioskMenuDto | null>) {
  const { t } = useI18n();
  const cart = useCartStore();
  const subsidyPreview = useSubsidyPreviewStore();
  const { announce } = useAriaAnnouncer();
  const say = (message: string): void => announce(message, { speak: true });
  /** The answer to a change of the cart, and — when there is a preview — what the elder would pay now. */
  const sayWithPreview = (message: string): void => {
    const preview = subsidyPreview.preview;
    say(preview ? `${message}${t('cart.previewSpoken', { yuan: formatYuan(preview.payableFen) })}` : message);
  };
  /** What a fresh menu changed in the cart, kept on screen until the next touch of the cart. */
  const cartNotice = ref<string | null>(null);

  function addDish(item: MenuItemDto): void {
    const current = menu.value;
    if (!current) return;
    cartNotice.value = null;
    const result = cart.add(item, current);
    const name = item.name;
    if (result === 'added') sayWithPreview(t('cart.added', { name, count: cart.qtyOf(item.id) }));
    else if (result === 'soldOut') say(t('cart.soldOutRefused', { name }));
    else if (maxQtyFor(item) < MAX_QTY_PER_DISH) say(t('cart.fewLeftReached', { name, count: maxQtyFor(item) }));
    else say(t('cart.limitReached', { name, max: MAX_QTY_PER_DISH }));
  }

  function removeDish(item: MenuItemDto): void {
    cartNotice.value = null;
    cart.remove(item.id);
    const count = cart.qtyOf(item.id);
    sayWithPreview(count > 0 ? t('cart.removed', { name: item.name, count }) : t('cart.removedAll', { name: item.name }));
  }

  watch(
    menu,
    (fresh) => {
      if (!fresh) return;
      const change = cart.syncWithMenu(fresh);
      const separator = t('common.listSeparator');
      let message: string | null = null;
      if (change.mealChanged) message = t('cart.mealChanged', { slot: t(`slots.${fresh.slot}`) });
      else if (change.removed.length > 0) message = t('cart.soldOutRemoved', { names: change.removed.join(separator) });
      else if (change.reduced.length > 0) message = t('cart.reduced', { names: change.reduced.join(separator) });
      if (message === null) return;
      cartNotice.value = message;
      announce(message);
    },
    { immediate: true },
  );

  return { addDish, removeDish, cartNotice };
}
