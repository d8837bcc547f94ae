import { ageOn, type CanteenKind, type MealSlot, type OrderChannel, type SlotWindow } from '@canteen/shared';
import type { PaymentMethod } from '../../modules/orders/order.entity.js';
import { generator } from './demo-elders.js';
import { secondsOf } from './demo-time.js';

/**
 * Who eats where and when in the demo's past month: a plan of order intents per day, made from a fixed
 * pseudo-random sequence (so every machine gets the same history). The plan knows nothing of money: the
 * seeder runs each intent through the subsidy engine, the portions and the usage counters, in the order
 * the intents were placed.
 */

export interface PlanCanteen {
  id: string;
  code: string;
  kind: CanteenKind;
  /** The community it sits in. */
  regionCode: string;
  slots: readonly SlotWindow[];
  openedOn: string | null;
}

export interface PlanElder {
  id: string;
  birthDate: string;
  residentRegionCode: string;
  /** Categories in force now (to decide who has meals brought home). */
  categories: readonly string[];
  /** false on days the elder could not order (deceased, moved out, suspended from that day on). */
  ordersOn(date: string): boolean;
}

export interface OrderIntent {
  canteenId: string;
  slot: MealSlot;
  channel: OrderChannel;
  /** null: a visitor. */
  elderId: string | null;
  /** Each course lists dishes by preference; the first with portions left is taken, a course with none is dropped. */
  courses: { dishes: string[]; qty: number }[];
  /** Seconds after local midnight. */
  placedSecond: number;
  paymentMethod: PaymentMethod;
  deliveryFeeFen: number;
  cancel: { afterSeconds: number; reason: string } | null;
}

/** What a home delivery costs the elder before subsidy (an example, like every amount in the demo). */
export const DEMO_DELIVERY_FEE_FEN = 300;

/** Streets without a canteen of their own eat at a neighbour's. */
const NEIGHBOUR_CANTEEN: Record<string, string> = {
  '530112005': 'XS-001',
  '530112006': 'XS-002',
  '530112007': 'XS-006',
  '530112009': 'XS-006',
  '530112010': 'XS-003',
  '530114003': 'CG-001',
};

const HOME_DELIVERY_CATEGORIES = ['LIVES_ALONE', 'DISABLED', 'DEMENTIA'];

const MAINS = {
  LUNCH: ['番茄炒蛋', '清蒸鲈鱼', '土豆炖牛肉', '黄焖鸡', '家常豆腐'],
  DINNER: ['番茄炒蛋', '土豆炖牛肉', '家常豆腐'],
} as const;
const SIDES = ['清炒时蔬', '冬瓜排骨汤', '家常豆腐'];
const DINNER_NOODLES = ['番茄鸡蛋面', '白菜猪肉水饺'];

const CANCEL_REASONS = ['老人临时有事，不吃了', '点错菜品，重新下单', '重复下单'];
const DELIVERY_CANCEL_REASON = '老人临时外出，取消送餐';

interface Profile {
  elder: PlanElder;
  dineIn: PlanCanteen;
  kitchen: PlanCanteen;
  lunchRate: number;
  dinnerOnly: boolean;
  dinnerRate: number;
  breakfastRate: number;
  delivers: boolean;
  payment: PaymentMethod;
}

function dateSeed(date: string): number {
  return Math.imul(Number(date.replaceAll('-', '')), 2654435761) >>> 0;
}

function isWeekend(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export class DemoOrderPlanner {
  private readonly profiles: Profile[];

  constructor(
    private readonly canteens: readonly PlanCanteen[],
    elders: readonly PlanElder[],
    today: string,
  ) {
    const random = generator(20261201);
    this.profiles = [];
    for (const elder of elders) {
      const dineIn = this.dineInCanteenOf(elder.residentRegionCode);
      if (!dineIn) continue;
      const district = dineIn.regionCode.slice(0, 6);
      const kitchen =
        canteens.find((canteen) => canteen.kind === 'CENTRAL_KITCHEN' && canteen.regionCode.startsWith(district)) ?? dineIn;
      const band = random();
      const homeDelivery =
        ageOn(elder.birthDate, today) >= 80 || elder.categories.some((category) => HOME_DELIVERY_CATEGORIES.includes(category));
      const pay = random();
      this.profiles.push({
        elder,
        dineIn,
        kitchen,
        lunchRate: band < 0.3 ? 0.95 : band < 0.75 ? 0.75 : band < 0.92 ? 0.45 : 0.12,
        dinnerOnly: random() < 0.05,
        dinnerRate: random() < 0.15 ? 0.45 : 0.03,
        breakfastRate: random() < 0.3 ? 0.5 : 0.02,
        delivers: homeDelivery && random() < 0.4,
        payment: pay < 0.45 ? 'CARD_BALANCE' : pay < 0.8 ? 'QR' : 'CASH',
      });
    }
  }

  /** The intents of one day, in no particular order (the seeder sorts them by the second they were placed). */
  planDay(date: string): OrderIntent[] {
    const random = generator(dateSeed(date));
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const shuffled = <T>(list: readonly T[]): T[] => {
      const copy = [...list];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(random() * (index + 1));
        [copy[index], copy[other]] = [copy[other]!, copy[index]!];
      }
      return copy;
    };
    const weekend = isWeekend(date);
    const open = (canteen: PlanCanteen) => canteen.openedOn === null || canteen.openedOn <= date;
    const windowOf = (canteen: PlanCanteen, slot: MealSlot) => canteen.slots.find((window) => window.slot === slot);
    const intents: OrderIntent[] = [];

    const courses = (slot: MealSlot): OrderIntent['courses'] => {
      if (slot === 'BREAKFAST') {
        return [
          { dishes: ['小米南瓜粥', '白面馒头'], qty: 1 },
          { dishes: ['白面馒头', '水煮蛋'], qty: 1 },
          ...(random() < 0.5 ? [{ dishes: ['水煮蛋'], qty: 1 }] : []),
        ];
      }
      if (slot === 'DINNER' && random() < 0.45) {
        return [{ dishes: shuffled(DINNER_NOODLES), qty: 1 }, ...(random() < 0.3 ? [{ dishes: ['清炒时蔬'], qty: 1 }] : [])];
      }
      const mains = shuffled(MAINS[slot]);
      const sides = shuffled(SIDES.filter((side) => side !== mains[0]));
      return [
        { dishes: mains, qty: 1 },
        ...(random() < 0.75 ? [{ dishes: sides, qty: 1 }] : []),
        { dishes: ['米饭'], qty: random() < 0.15 ? 2 : 1 },
      ];
    };

    const dineInSecond = (window: SlotWindow) => {
      const start = secondsOf(window.start);
      const span = secondsOf(window.end) - start - 20 * 60;
      // Most come in the first hour: the smaller of two draws leans early.
      return start + Math.floor(Math.min(random(), random()) * span);
    };

    const add = (intent: Omit<OrderIntent, 'cancel'>, cancellable: boolean) => {
      const cancelled = cancellable && random() < 0.012;
      if (!cancelled) {
        intents.push({ ...intent, cancel: null });
        return;
      }
      const delivery = intent.channel === 'DELIVERY';
      const afterSeconds = delivery ? 1200 + Math.floor(random() * 1800) : 90 + Math.floor(random() * 240);
      const reason = delivery ? DELIVERY_CANCEL_REASON : pick(CANCEL_REASONS);
      intents.push({ ...intent, cancel: { afterSeconds, reason } });
      if (reason === CANCEL_REASONS[1]) {
        // Ordered the wrong dishes: ordered again a minute or two after the cancellation.
        intents.push({
          ...intent,
          courses: courses(intent.slot),
          placedSecond: intent.placedSecond + afterSeconds + 60 + Math.floor(random() * 120),
          cancel: null,
        });
      }
    };

    const dineInCount = new Map<string, number>();
    const meal = (profile: Profile, slot: MealSlot) => {
      const delivered = profile.delivers && slot !== 'BREAKFAST';
      const canteen = delivered ? profile.kitchen : profile.dineIn;
      const window = windowOf(canteen, slot);
      if (!window || !open(canteen)) return;
      if (delivered) {
        add(
          {
            canteenId: canteen.id,
            slot,
            channel: 'DELIVERY',
            elderId: profile.elder.id,
            courses: courses(slot),
            // Delivery orders are taken in the morning (or afternoon) before the round.
            placedSecond: secondsOf(window.start) - 9000 + Math.floor(random() * 5400),
            paymentMethod: profile.payment === 'CARD_BALANCE' ? 'CASH' : profile.payment,
            deliveryFeeFen: DEMO_DELIVERY_FEE_FEN,
          },
          true,
        );
        return;
      }
      const key = `${canteen.id}|${slot}`;
      dineInCount.set(key, (dineInCount.get(key) ?? 0) + 1);
      add(
        {
          canteenId: canteen.id,
          slot,
          channel: 'DINE_IN',
          elderId: profile.elder.id,
          courses: courses(slot),
          placedSecond: dineInSecond(window),
          paymentMethod: profile.payment,
          deliveryFeeFen: 0,
        },
        true,
      );
    };

    for (const profile of this.profiles) {
      if (!profile.elder.ordersOn(date)) continue;
      const lunch = random() < profile.lunchRate * (weekend ? 0.55 : 1);
      const dinner = random() < (profile.dinnerOnly ? profile.lunchRate * 0.8 : profile.dinnerRate) * (weekend ? 0.7 : 1);
      const breakfast = random() < profile.breakfastRate * (weekend ? 0.6 : 1);
      if (breakfast) meal(profile, 'BREAKFAST');
      if (lunch && !profile.dinnerOnly) meal(profile, 'LUNCH');
      if (dinner) meal(profile, 'DINNER');
    }

    // Visitors (family, neighbours, staff of nearby offices): about one order in ten, full price.
    for (const canteen of this.canteens) {
      if (canteen.kind === 'CENTRAL_KITCHEN' || !open(canteen)) continue;
      for (const window of canteen.slots) {
        const elders = dineInCount.get(`${canteen.id}|${window.slot}`) ?? 0;
        const visitors = Math.floor(elders * 0.11 + random() * 1.5);
        for (let index = 0; index < visitors; index += 1) {
          add(
            {
              canteenId: canteen.id,
              slot: window.slot,
              channel: 'DINE_IN',
              elderId: null,
              courses: courses(window.slot),
              placedSecond: dineInSecond(window),
              paymentMethod: random() < 0.6 ? 'QR' : 'CASH',
              deliveryFeeFen: 0,
            },
            true,
          );
        }
      }
    }
    return intents;
  }

  /** The elder's everyday canteen: one in their street, else the neighbour's, else the district's first. */
  private dineInCanteenOf(community: string): PlanCanteen | undefined {
    const street = community.slice(0, 9);
    const seated = this.canteens.filter((canteen) => canteen.kind !== 'CENTRAL_KITCHEN');
    return (
      seated.find((canteen) => canteen.regionCode.startsWith(street)) ??
      seated.find((canteen) => NEIGHBOUR_CANTEEN[street] !== undefined && canteen.code === NEIGHBOUR_CANTEEN[street]) ??
      seated.find((canteen) => canteen.regionCode.startsWith(community.slice(0, 6)))
    );
  }
}
