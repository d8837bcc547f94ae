import { createRouter, createWebHashHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { useDeviceStore } from '@/stores/device';
import IdentifyView from '@/views/IdentifyView.vue';
import MenuView from '@/views/MenuView.vue';
import PairingView from '@/views/PairingView.vue';
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
