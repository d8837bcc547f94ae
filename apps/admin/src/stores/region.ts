import { type ErrorCode, RegionLevel } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getRegionsApi } from '@/api/regions';
import type { RegionDto } from '@/api/types';
import { errorCodeOf } from '@/utils/errors';

export interface RegionOption {
  code: string;
  /** "碧鸡街道 / 碧鸡社区": the street and the community, so two 新村社区 can be told apart. */
  label: string;
}

export const useRegionStore = defineStore('region', () => {
  const regions = ref<RegionDto[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const errorCode = ref<ErrorCode | null>(null);

  const byCode = computed(() => new Map(regions.value.map((region) => [region.code, region])));

  function nameOf(code: string | null | undefined): string {
    if (!code) return '';
    return byCode.value.get(code)?.name ?? code;
  }

  /** Every region in scope, labelled with its ancestors below the scope root, for the list filter. */
  const filterOptions = computed<RegionOption[]>(() => regions.value.map((region) => ({ code: region.code, label: pathLabel(region) })));

  /** Canteens are registered to a community (社区/村). */
  const communityOptions = computed<RegionOption[]>(() =>
    regions.value
      .filter((region) => region.level === RegionLevel.COMMUNITY)
      .map((region) => ({ code: region.code, label: pathLabel(region) })),
  );

  function pathLabel(region: RegionDto): string {
    const parts = [region.name];
    let parent = region.parentCode ? byCode.value.get(region.parentCode) : undefined;
    // Two levels are enough to tell regions apart; the root of the user's scope is implied.
    while (parent && parts.length < 2) {
      parts.unshift(parent.name);
      parent = parent.parentCode ? byCode.value.get(parent.parentCode) : undefined;
    }
    return parts.join(' / ');
  }

  let pending: Promise<void> | null = null;

  /** Regions change rarely: loaded once per session, shared by every caller that asks meanwhile. */
  function ensureLoaded(): Promise<void> {
    if (loaded.value) return Promise.resolve();
    pending ??= load().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function load(): Promise<void> {
    loading.value = true;
    errorCode.value = null;
    try {
      regions.value = await getRegionsApi();
      loaded.value = true;
    } catch (error) {
      errorCode.value = errorCodeOf(error);
    } finally {
      loading.value = false;
    }
  }

  function $reset(): void {
    regions.value = [];
    loaded.value = false;
    loading.value = false;
    errorCode.value = null;
  }

  return { regions, loaded, loading, errorCode, byCode, filterOptions, communityOptions, nameOf, ensureLoaded, $reset };
});
