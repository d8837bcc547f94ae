import { onBeforeUnmount, onMounted } from 'vue';
import { useMenuStore } from '@/stores/menu';

export const MENU_REFRESH_INTERVAL_MS = 60_000;

/**
 * Loads the menu when the calling component mounts, again every minute (portions sell out, a slot opens),
 * and as soon as the browser says the network is back. Stops when the component unmounts.
 */
export function useMenuRefresh(intervalMs = MENU_REFRESH_INTERVAL_MS) {
  const menu = useMenuStore();
  let timer: ReturnType<typeof setInterval> | undefined;

  const refreshNow = (): Promise<void> => menu.load();
  const onOnline = (): void => {
    void refreshNow();
  };

  onMounted(() => {
    void refreshNow();
    timer = setInterval(onOnline, intervalMs);
    window.addEventListener('online', onOnline);
  });

  onBeforeUnmount(() => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
  });

  return { refreshNow };
}
