import { ErrorCode, type MealSlot } from '@canteen/shared';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import {
  placeOrderApi,
  quoteOrderApi,
  type OrderDto,
  type OrderQuoteDto,
  type PaymentMethod,
  type PlaceOrderDto,
  type QuoteOrderDto,
} from '@/api';
import { errorCodeOf, isDeviceRejection } from '@/api/errors';
import { useCartStore } from './cart';
import { useDeviceStore } from './device';
import { useElderSessionStore } from './elder-session';

/** What the ticket screen and the printed receipt show: the order, with nothing about who ordered it. */
export interface OrderTicket {
  ticketNo: string;
  canteenName: string;
  serviceDate: string;
  slot: MealSlot;
  lines: { menuItemId: string; name: string; qty: number; lineFen: number }[];
  totalFen: number;
  subsidyFen: number;
  payableFen: number;
  paymentMethod: PaymentMethod;
  /** Nothing is left to pay (paid already, or nothing to pay). */
  settled: boolean;
  placedAt: string;
}

/**
 * Answers after which the server may have made the order after all (the answer was lost, or it already
 * holds this key): the next attempt must carry the same idempotency key.
 */
const OUTCOME_UNKNOWN: readonly ErrorCode[] = [
  ErrorCode.NETWORK_ERROR,
  ErrorCode.INTERNAL,
  ErrorCode.CONFLICT,
  ErrorCode.TOO_MANY_REQUESTS,
  ErrorCode.ORDER_IDEMPOTENCY_CONFLICT,
];

/** Copies field by field: no elder name or id, no tier, no funding reaches the ticket. */
function toTicket(order: OrderDto): OrderTicket {
  return {
    ticketNo: order.ticketNo,
    canteenName: order.canteen.name,
    serviceDate: order.serviceDate,
    slot: order.slot,
    lines: order.lines.map(({ menuItemId, name, qty, lineFen }) => ({ menuItemId, name, qty, lineFen })),
    totalFen: order.totalFen,
    subsidyFen: order.subsidyFen,
    payableFen: order.payableFen,
    paymentMethod: order.paymentMethod,
    settled: order.payableFen === 0 || order.status === 'PAID' || order.status === 'SERVED',
    placedAt: order.placedAt,
  };
}

/**
 * The contract needs a payment method even when nothing is left to pay (the pay screen is skipped then):
 * cash, i.e. "settled at the counter", commits the elder to nothing.
 */
export const NOTHING_TO_PAY_METHOD: PaymentMethod = 'CASH';

/**
 * How an order placed at this kiosk is paid: at the counter, in cash. There is no payment provider yet, so
 * the kiosk neither offers 扫码支付 / 卡内余额 nor ever marks an order paid itself (POST /orders/:id/pay
 * would record money the kiosk never saw): the order stays PLACED until the counter takes the money.
 */
export const KIOSK_PAYMENT_METHOD: PaymentMethod = 'CASH';

/**
 * A random (v4) UUID. `crypto.randomUUID` exists only in secure contexts, and a kiosk may open the app
 * over plain http on the canteen's network, so fall back to `getRandomValues`, which is always there.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * From the cart to a ticket: the server's quote (total, 政府补贴, what is left to pay), then the order,
 * placed with an idempotency key made once per order and sent again on every retry — a lost answer
 * followed by 再试一次 never makes two orders. Once the order is placed the cart and the elder session
 * are wiped; only the ticket (no name, no tier) stays until the visit ends.
 */
export const useOrderStore = defineStore('order', () => {
  const cart = useCartStore();
  const elderSession = useElderSessionStore();
  const device = useDeviceStore();

  const quote = ref<OrderQuoteDto | null>(null);
  const quoting = ref(false);
  const quoteError = ref<ErrorCode | null>(null);
  const placing = ref(false);
  const placeError = ref<ErrorCode | null>(null);
  const idempotencyKey = ref<string | null>(null);
  /** How the last attempt said it would pay: 再试一次 sends exactly the same order. */
  const paymentMethod = ref<PaymentMethod | null>(null);
  const ticket = ref<OrderTicket | null>(null);

  /** The order may exist on the server although no answer said so. */
  const outcomeUnknown = computed(() => placeError.value !== null && OUTCOME_UNKNOWN.includes(placeError.value));

  /** Bumped by `$reset`, so an answer to a request sent before it is dropped (one visit never leaks into the next). */
  let visit = 0;
  /** Bumped by every new quote request, so only the latest answer counts. */
  let quoteRequest = 0;

  function orderBody(): QuoteOrderDto {
    const elder = elderSession.elder;
    return {
      elder: elder ? { elderId: elder.elderId } : null,
      ...(cart.serviceDate ? { serviceDate: cart.serviceDate } : {}),
      ...(cart.slot ? { slot: cart.slot } : {}),
      channel: cart.channel,
      items: cart.lines.map(({ menuItemId, qty }) => ({ menuItemId, qty })),
    };
  }

  /**
   * A new look at the cart before confirming. The idempotency key is made here, once per order: it is
   * kept while an earlier attempt may have reached the server, and only replaced after a definite "no".
   */
  function beginReview(): void {
    quoteRequest += 1;
    idempotencyKey.value ??= newIdempotencyKey();
    quote.value = null;
    quoteError.value = null;
    quoting.value = false;
    placeError.value = null;
  }

  function failWith(code: ErrorCode): ErrorCode {
    if (isDeviceRejection(code)) device.reject(code);
    return code;
  }

  /** Asks the server what the cart costs for the person at the screen. Resolves to whether it answered. */
  async function requestQuote(): Promise<boolean> {
    if (cart.isEmpty) return false;
    const request = ++quoteRequest;
    const requestVisit = visit;
    const isCurrent = (): boolean => request === quoteRequest && requestVisit === visit;
    quoting.value = true;
    quoteError.value = null;
    try {
      const answer = await quoteOrderApi(orderBody());
      if (!isCurrent()) return false;
      quote.value = answer;
      return true;
    } catch (error) {
      if (!isCurrent()) return false;
      quote.value = null;
      quoteError.value = failWith(errorCodeOf(error));
      return false;
    } finally {
      if (isCurrent()) quoting.value = false;
    }
  }

  /** Places the order (a retry of the same order sends the same key). Resolves to whether it worked. */
  async function place(method: PaymentMethod): Promise<boolean> {
    if (placing.value || cart.isEmpty) return false;
    idempotencyKey.value ??= newIdempotencyKey();
    paymentMethod.value = method;
    const body: PlaceOrderDto = { ...orderBody(), idempotencyKey: idempotencyKey.value, payment: { method } };
    const requestVisit = visit;
    placing.value = true;
    placeError.value = null;
    try {
      const order = await placeOrderApi(body);
      if (requestVisit !== visit) return false;
      ticket.value = toTicket(order);
      quote.value = null;
      idempotencyKey.value = null;
      paymentMethod.value = null;
      // The order is made: nothing about the elder stays in memory, the ticket carries no name.
      cart.$reset();
      elderSession.$reset();
      return true;
    } catch (error) {
      if (requestVisit !== visit) return false;
      const code = failWith(errorCodeOf(error));
      placeError.value = code;
      // A definite "no" (sold out, not on the menu…): the server made nothing, the next order gets a new key.
      if (!OUTCOME_UNKNOWN.includes(code)) idempotencyKey.value = null;
      return false;
    } finally {
      if (requestVisit === visit) placing.value = false;
    }
  }

  /** 再试一次 after a failed attempt: the same order, the same way to pay, the same key. */
  function retryPlace(): Promise<boolean> {
    return place(paymentMethod.value ?? NOTHING_TO_PAY_METHOD);
  }

  function $reset(): void {
    visit += 1;
    quoteRequest += 1;
    quote.value = null;
    quoting.value = false;
    quoteError.value = null;
    placing.value = false;
    placeError.value = null;
    idempotencyKey.value = null;
    paymentMethod.value = null;
    ticket.value = null;
  }

  return {
    quote,
    quoting,
    quoteError,
    placing,
    placeError,
    idempotencyKey,
    paymentMethod,
    ticket,
    outcomeUnknown,
    beginReview,
    requestQuote,
    place,
    retryPlace,
    $reset,
  };
});
