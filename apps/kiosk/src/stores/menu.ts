import { ErrorCode } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getKioskMenuApi, type KioskMenuDto } from '@/api';
import { errorCodeOf, isDeviceRejection } from '@/api/errors';
import { isRecord, readJson, removeItem, StorageKey, writeJson } from '@/utils/kiosk-storage';
import { useDeviceStore } from './device';

interface StoredMenu {
  menu: KioskMenuDto;
  /** When the API sent it (ISO instant), to tell people how old an offline menu is. */
  fetchedAt: string;
}

function isStoredMenu(value: unknown): value is StoredMenu {
  return (
    isRecord(value) &&
    typeof value.fetchedAt === 'string' &&
    isRecord(value.menu) &&
    isRecord(value.menu.canteen) &&
    typeof value.menu.canteen.id === 'string' &&
    typeof value.menu.serviceDate === 'string' &&
    typeof value.menu.slot === 'string' &&
    Array.isArray(value.menu.items)
  );
}

/**
 * The menu on screen. The last menu the API sent is kept (in memory and localStorage), so when a refresh
 * fails the kiosk goes on showing it with a notice instead of an empty screen.
 */
export const useMenuStore = defineStore('menu', () => {
  const device = useDeviceStore();

  const menu = ref<KioskMenuDto | null>(null);
  const fetchedAt = ref<string | null>(null);
  const loading = ref(false);
  /** Why the last refresh failed; null once a refresh succeeds. */
  const errorCode = ref<ErrorCode | null>(null);

  const hasMenu = computed(() => menu.value !== null);
  const isEmpty = computed(() => menu.value !== null && menu.value.items.length === 0);
  /** Showing a menu the last refresh could not confirm. */
  const isStale = computed(() => menu.value !== null && errorCode.value !== null);
  const isOffline = computed(() => errorCode.value === ErrorCode.NETWORK_ERROR);

  let inFlight: Promise<void> | null = null;
  /** Bumped by `$reset`/`clear`, so an answer to a request made before them is dropped. */
  let generation = 0;

  function hydrate(): void {
    const stored = readJson(StorageKey.LAST_MENU, isStoredMenu);
    const pairedCanteenId = device.canteen?.id;
    const belongsHere = stored !== null && device.isPaired && (!pairedCanteenId || stored.menu.canteen.id === pairedCanteenId);
    menu.value = belongsHere ? stored.menu : null;
    fetchedAt.value = belongsHere ? stored.fetchedAt : null;
  }

  async function fetchMenu(): Promise<void> {
    const requestGeneration = generation;
    loading.value = true;
    try {
      const fresh = await getKioskMenuApi();
      if (requestGeneration !== generation) return;
      menu.value = fresh;
      fetchedAt.value = new Date().toISOString();
      errorCode.value = null;
      writeJson(StorageKey.LAST_MENU, { menu: fresh, fetchedAt: fetchedAt.value } satisfies StoredMenu);
    } catch (error) {
      if (requestGeneration !== generation) return;
      const code = errorCodeOf(error);
      errorCode.value = code;
      if (isDeviceRejection(code)) {
        // This kiosk is no longer paired: its canteen's menu must not stay on screen.
        forgetMenu();
        device.reject(code);
      } else if (code === ErrorCode.MENU_NO_UPCOMING_SLOT) {
        // A definite answer, not a failure to reach the API: an old menu would mislead.
        forgetMenu();
      }
    } finally {
      if (requestGeneration === generation) loading.value = false;
    }
  }

  /** Fetches the current menu; a call while one is under way joins it instead of sending another. */
  function load(): Promise<void> {
    inFlight ??= fetchMenu().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function forgetMenu(): void {
    menu.value = null;
    fetchedAt.value = null;
    removeItem(StorageKey.LAST_MENU);
  }

  /** Drops the kept menu too (the device is being paired again, perhaps to another canteen). */
  function clear(): void {
    generation += 1;
    inFlight = null;
    forgetMenu();
    loading.value = false;
    errorCode.value = null;
  }

  function $reset(): void {
    generation += 1;
    inFlight = null;
    loading.value = false;
    errorCode.value = null;
    hydrate();
  }

  hydrate();

  return {
    menu,
    fetchedAt,
    loading,
    errorCode,
    hasMenu,
    isEmpty,
    isStale,
    isOffline,
    load,
    clear,
    $reset,
  };
});
