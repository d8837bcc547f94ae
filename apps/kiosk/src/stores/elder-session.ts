import { ErrorCode, parseResidentId, readCardCredential } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { identifyElderApi, type KioskIdentifyMethod, type KioskIdentityDto } from '@/api';
import { errorCodeOf, isDeviceRejection } from '@/api/errors';
import { useDeviceStore } from './device';
import { useMenuStore } from './menu';
import { useSubsidyPreviewStore } from './subsidy-preview';

/** What the kiosk holds about the elder at the screen: only what the API already masked. */
export interface ElderSession {
  elderId: string;
  /** "张*华", exactly as the API gave it. */
  maskedName: string;
  photoUrl: string | null;
  entitlement: { subsidyEligible: boolean; reviewLapsed: boolean };
}

/** Copies the safe fields one by one, so anything else the API might send never reaches the screen. */
function toSession(identity: KioskIdentityDto): ElderSession {
  return {
    elderId: identity.elderId,
    maskedName: identity.maskedName,
    photoUrl: identity.photoUrl ?? null,
    entitlement: {
      subsidyEligible: identity.entitlement.subsidyEligible === true,
      reviewLapsed: identity.entitlement.reviewLapsed === true,
    },
  };
}

/**
 * The visit of one elder: who identified (card or ID number) and, later, what they order. Held in memory
 * only — never localStorage — and wiped by `$reset` when they finish or walk away (the subsidy preview's
 * basis with it). The card number or ID number typed to identify is sent once and never kept here.
 */
export const useElderSessionStore = defineStore('elderSession', () => {
  const device = useDeviceStore();
  const menu = useMenuStore();
  const subsidyPreview = useSubsidyPreviewStore();

  const elder = ref<ElderSession | null>(null);
  /** Someone chose to go on without identifying (e.g. while the network is down). */
  const visitor = ref(false);
  const identifying = ref(false);
  /** Why the last identification failed; shown as `errors.<code>`. */
  const errorCode = ref<ErrorCode | null>(null);

  /** An elder's data is on screen: the idle reset guards it. */
  const isIdentified = computed(() => elder.value !== null);

  /** Bumped by `$reset`, so an answer to a request sent before it is dropped (one visit never leaks into the next). */
  let generation = 0;

  /** The value to send, checked here as well as on screen so nothing malformed reaches the API. */
  function credentialFor(method: KioskIdentifyMethod, input: string): string | null {
    if (method === 'CARD') return readCardCredential(input);
    const value = input.trim().toUpperCase();
    return parseResidentId(value).ok ? value : null;
  }

  /** Identifies the elder. Resolves to whether it worked; on failure `errorCode` says why. */
  async function identify(method: KioskIdentifyMethod, input: string): Promise<boolean> {
    if (identifying.value) return false;
    const value = credentialFor(method, input);
    if (value === null) {
      errorCode.value = method === 'CARD' ? ErrorCode.ELDER_CARD_INVALID : ErrorCode.ELDER_ID_NUMBER_INVALID;
      return false;
    }
    const requestGeneration = generation;
    identifying.value = true;
    errorCode.value = null;
    try {
      const identity = await identifyElderApi({ method, value });
      if (requestGeneration !== generation) return false;
      elder.value = toSession(identity);
      visitor.value = false;
      // The preview's basis, fetched while the greeting is on screen; without it the server's quote still decides.
      const shown = menu.menu;
      void subsidyPreview.load(identity.elderId, shown ? { serviceDate: shown.serviceDate, slot: shown.slot } : undefined);
      return true;
    } catch (error) {
      if (requestGeneration !== generation) return false;
      const code = errorCodeOf(error);
      errorCode.value = code;
      if (isDeviceRejection(code)) device.reject(code);
      return false;
    } finally {
      if (requestGeneration === generation) identifying.value = false;
    }
  }

  /** Go on without identifying: the menu, and later ordering, as a visitor. */
  function continueAsVisitor(): void {
    subsidyPreview.$reset();
    elder.value = null;
    visitor.value = true;
    errorCode.value = null;
  }

  function clearError(): void {
    errorCode.value = null;
  }

  function $reset(): void {
    generation += 1;
    subsidyPreview.$reset();
    elder.value = null;
    visitor.value = false;
    identifying.value = false;
    errorCode.value = null;
  }

  return {
    elder,
    visitor,
    identifying,
    errorCode,
    isIdentified,
    identify,
    continueAsVisitor,
    clearError,
    $reset,
  };
});
