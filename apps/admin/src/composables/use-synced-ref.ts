import { type Ref, ref, watch } from 'vue';

/**
 * A local copy of a value the user edits before applying it (e.g. a filter bar's search box) that follows
 * its source whenever the source changes (e.g. back/forward changing the URL).
 */
export function useSyncedRef<T>(source: () => T): Ref<T> {
  const local = ref(source()) as Ref<T>;
  watch(source, (value) => {
    local.value = value;
  });
  return local;
}
