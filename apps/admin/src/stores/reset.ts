import { getActivePinia, getStores, type Pinia } from 'pinia';

/** Ends a session: every store back to its initial state, so nothing of one user shows to the next. */
export function resetAllStores(pinia: Pinia | undefined = getActivePinia()): void {
  if (!pinia) return;
  for (const store of getStores(pinia)) store.$reset();
}
