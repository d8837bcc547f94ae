import { ALL_ROLES, CANTEEN_ROLES, type Role } from '@canteen/shared';
import type { RouteRecordRaw } from 'vue-router';
import { CANTEEN_BROWSER_ROLES } from '@/utils/permissions';

/** Icons the side navigation knows; the layout maps them to components. */
export type NavIcon = 'home' | 'canteens' | 'myCanteen';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string;
    /** Who may open the page; every signed-in role when omitted. */
    roles?: readonly Role[];
    /** Reachable without signing in. */
    public?: boolean;
    /** Shown in the side navigation, in route order. */
    nav?: { icon: NavIcon };
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, titleKey: 'login.title' },
  },
  {
    path: '/',
    component: () => import('@/components/layout/AppLayout.vue'),
    children: [
      {
        path: '',
        name: 'home',
        component: () => import('@/views/HomeView.vue'),
        meta: { titleKey: 'nav.home', roles: ALL_ROLES, nav: { icon: 'home' } },
      },
      {
        path: 'canteens',
        name: 'canteens',
        component: () => import('@/views/CanteenListView.vue'),
        meta: { titleKey: 'nav.canteens', roles: CANTEEN_BROWSER_ROLES, nav: { icon: 'canteens' } },
      },
      {
        path: 'canteens/:id',
        name: 'canteen-detail',
        component: () => import('@/views/CanteenDetailView.vue'),
        meta: { titleKey: 'nav.canteenDetail', roles: CANTEEN_BROWSER_ROLES },
      },
      {
        path: 'my-canteen',
        name: 'my-canteen',
        component: () => import('@/views/MyCanteenView.vue'),
        meta: { titleKey: 'nav.myCanteen', roles: CANTEEN_ROLES, nav: { icon: 'myCanteen' } },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/NotFoundView.vue'),
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
];
