import { type MealSlot, parseSubsidyPolicy, type QuoteElder, type QuoteUsage, quoteSubsidy, type SubsidyPolicy } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { getSubsidyBasisApi, type SubsidyBasisDto } from '@/api';
import { errorCodeOf, isDeviceRejection } from '@/api/errors';
import { useCartStore } from './cart';
import { useDeviceStore } from './device';

/** The three amounts the screen may show before the server has priced the order ("约 … 元"). */
export interface SubsidyPreview {
  totalFen: number;
  subsidyFen: number;
  payableFen: number;
}

/** What the engine needs of one elder for one meal, besides the cart. Never shown as such. */
interface Basis {
  elderId: string;
  serviceDate: string;
  slot: MealSlot;
  policy: SubsidyPolicy | null;
  elder: QuoteElder;
  usage: QuoteUsage;
}

/**
 * Copies what the engine needs field by field. The policy goes through the same strict schema the API
 * used to accept it: a document this build does not understand gives no preview rather than a wrong one.
 */
function toBasis(elderId: string, answer: SubsidyBasisDto): Basis | null {
  let policy: SubsidyPolicy | null = null;
  if (answer.policy) {
    const parsed = parseSubsidyPolicy(answer.policy);
    if (!parsed.ok) return null;
    policy = parsed.policy;
  }
  return {
    elderId,
    serviceDate: answer.serviceDate,
    slot: answer.slot,
    policy,
    elder: {
      birthDate: answer.elder.birthDate,
      categories: [...answer.elder.categories],
      assessmentGrade: answer.elder.assessmentGrade ?? null,
      eligible: answer.elder.eligible === true,
    },
    usage: {
      mealsToday: answer.usage.mealsToday,
      mealsThisSlot: answer.usage.mealsThisSlot,
      subsidyThisMonthFen: answer.usage.subsidyThisMonthFen,
    },
  };
}

/**
 * The subsidy preview: right after identification the kiosk fetches the elder's basis once, and from then
 * on every change of the cart is priced at once by `quoteSubsidy` — the same engine the API runs — so
 * "政府补贴 约 5.00 元" appears the moment a dish is chosen. Only a preview: the review screen asks the
 * server, whose answer wins. No basis (a visitor, offline, a failed fetch, another meal): no preview, and
 * the flow goes on with the server's quote. The basis stays in memory for one visit and is wiped with it;
 * nothing of it (no tier, no category) ever reaches the screen — only the three amounts do.
 */
export const useSubsidyPreviewStore = defineStore('subsidyPreview', () => {
  const cart = useCartStore();
  const device = useDeviceStore();

  const basis = ref<Basis | null>(null);
  const loading = ref(false);
  /** Whose basis was last asked for (in memory, cleared with the visit), so a change of meal can ask again. */
  let elderOfVisit: string | null = null;

  /** Bumped by `$reset` (and each new load), so an answer arriving after the visit ended is dropped. */
  let generation = 0;

  /** The preview for the cart as it is now, or null when there is nothing to preview honestly. */
  const preview = computed<SubsidyPreview | null>(() => {
    const current = basis.value;
    if (!current || cart.isEmpty) return null;
    if (cart.serviceDate !== current.serviceDate || cart.slot !== current.slot) return null;
    const quote = quoteSubsidy({
      policy: current.policy,
      elder: current.elder,
      serviceDate: current.serviceDate,
      slot: current.slot,
      channel: cart.channel,
      items: cart.lines.map(({ priceFen, qty }) => ({ priceFen, qty })),
      deliveryFeeFen: 0,
      usage: current.usage,
    });
    return { totalFen: quote.totalFen, subsidyFen: quote.subsidyFen, payableFen: quote.payableFen };
  });

  /**
   * Fetches the basis of the elder just identified, for `meal` (the menu on screen) or the slot the server
   * says the menu shows. Resolves to whether a preview is now possible; a failure is quiet on purpose.
   */
  async function load(elderId: string, meal?: { serviceDate: string; slot: MealSlot }): Promise<boolean> {
    const request = ++generation;
    elderOfVisit = elderId;
    basis.value = null;
    loading.value = true;
    try {
      const answer = await getSubsidyBasisApi(elderId, meal);
      if (request !== generation) return false;
      basis.value = toBasis(elderId, answer);
      return basis.value !== null;
    } catch (error) {
      if (request !== generation) return false;
      const code = errorCodeOf(error);
      if (isDeviceRejection(code)) device.reject(code);
      return false;
    } finally {
      if (request === generation) loading.value = false;
    }
  }

  /**
   * The menu on screen is now another meal (breakfast ended while the elder was choosing): the basis of the
   * elder of this visit is fetched again for it. Nothing happens without an identified elder.
   */
  async function followMeal(meal: { serviceDate: string; slot: MealSlot }): Promise<boolean> {
    if (elderOfVisit === null || loading.value) return false;
    const current = basis.value;
    if (current && current.serviceDate === meal.serviceDate && current.slot === meal.slot) return true;
    return load(elderOfVisit, meal);
  }

  function $reset(): void {
    generation += 1;
    elderOfVisit = null;
    basis.value = null;
    loading.value = false;
  }

  return { loading, preview, hasBasis: computed(() => basis.value !== null), load, followMeal, $reset };
});
