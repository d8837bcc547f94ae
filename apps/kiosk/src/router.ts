import { createRouter, createWebHashHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { useCartStore } from '@/stores/cart';
import { useDeviceStore } from '@/stores/device';
import { useOrderStore } from '@/stores/order';
import IdentifyView from '@/views/IdentifyView.vue';
import MenuView from '@/views/MenuView.vue';
import PairingView from '@/views/PairingView.vue';
import PayView from '@/views/PayView.vue';
import ReviewView from '@/views/ReviewView.vue';
import TicketView from '@/views/TicketView.vue';
import WelcomeView from '@/views/WelcomeView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Only a paired kiosk may open this screen. */
    requiresDevice?: boolean;
  }
}

// Views are bundled eagerly: a kiosk that loses the network must not fail to load a lazy chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'welcome' } },
  { path: '/welcome', name: 'welcome', component: WelcomeView, meta: { requiresDevice: true } },
  { path: '/identify', name: 'identify', component: IdentifyView, meta: { requiresDevice: true } },
  { path: '/menu', name: 'menu', component: MenuView, meta: { requiresDevice: true } },
  // The ordering steps hold nothing across a reload (memory only): without what a step needs, go back.
  {
    path: '/review',
    name: 'review',
    component: ReviewView,
    meta: { requiresDevice: true },
    beforeEnter: () => (useCartStore().isEmpty ? { name: 'menu' } : true),
  },
  {
    path: '/pay',
    name: 'pay',
    component: PayView,
    meta: { requiresDevice: true },
    beforeEnter: () => {
      const quote = useOrderStore().quote;
      if (useCartStore().isEmpty) return { name: 'menu' };
      return quote && quote.payableFen > 0 ? true : { name: 'review' };
    },
  },
  {
    path: '/ticket',
    name: 'ticket',
    component: TicketView,
    meta: { requiresDevice: true },
    beforeEnter: () => (useOrderStore().ticket ? true : { name: 'welcome' }),
  },
  { path: '/pair', name: 'pairing', component: PairingView },
  { path: '/:pathMatch(.*)*', redirect: '/welcome' },
];

/**
 * Hash history: the API serves the built files under /kiosk without knowing the app's routes, so a
 * kiosk reloading on any screen still gets index.html.
 */
export function createKioskRouter(history: RouterHistory = createWebHashHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes });

  router.beforeEach((to) => {
    const device = useDeviceStore();
    if (to.meta.requiresDevice && !device.isPaired) return { name: 'pairing' };
    if (to.name === 'pairing' && device.isPaired) return { name: 'welcome' };
    return true;
  });

  return router;
}
