import { ALL_ROLES, CANTEEN_ROLES, ELDER_APPROVER_ROLES, ELDER_READER_ROLES, ELDER_REGISTRAR_ROLES, type Role } from '@canteen/shared';
import type { RouteRecordRaw } from 'vue-router';
import {
  CANTEEN_BROWSER_ROLES,
  ELIGIBILITY_SETTINGS_ROLES,
  ORDER_READER_ROLES,
  POLICY_EDITOR_ROLES,
  POLICY_READER_ROLES,
} from '@/utils/permissions';

/** Icons the side navigation knows; the layout maps them to components. */
export type NavIcon =
  | 'home'
  | 'canteens'
  | 'myCanteen'
  | 'elders'
  | 'approvals'
  | 'reviews'
  | 'eligibilitySettings'
  | 'subsidyPolicies'
  | 'subsidyBudgets'
  | 'orders';

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
    // Printed on its own: no navigation, only the card.
    path: '/elders/:id/card',
    name: 'elder-card-print',
    component: () => import('@/views/ElderCardPrintView.vue'),
    meta: { titleKey: 'elderCard.title', roles: ELDER_READER_ROLES },
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
        path: 'elders',
        name: 'elders',
        component: () => import('@/views/ElderListView.vue'),
        props: { mode: 'registry' },
        meta: { titleKey: 'nav.elders', roles: ELDER_READER_ROLES, nav: { icon: 'elders' } },
      },
      {
        path: 'elders/stats',
        name: 'elder-stats',
        component: () => import('@/views/ElderStatsView.vue'),
        meta: { titleKey: 'nav.elderStats', roles: ELDER_READER_ROLES },
      },
      {
        path: 'elders/import',
        name: 'elder-import',
        component: () => import('@/views/ElderImportView.vue'),
        meta: { titleKey: 'nav.elderImport', roles: ELDER_REGISTRAR_ROLES },
      },
      {
        path: 'elders/:id',
        name: 'elder-detail',
        component: () => import('@/views/ElderDetailView.vue'),
        meta: { titleKey: 'nav.elderDetail', roles: ELDER_READER_ROLES },
      },
      {
        path: 'approvals',
        name: 'approvals',
        component: () => import('@/views/ApprovalQueueView.vue'),
        meta: { titleKey: 'nav.approvals', roles: ELDER_APPROVER_ROLES, nav: { icon: 'approvals' } },
      },
      {
        path: 'reviews',
        name: 'reviews',
        component: () => import('@/views/ElderListView.vue'),
        props: { mode: 'review' },
        meta: { titleKey: 'nav.reviews', roles: ELDER_APPROVER_ROLES, nav: { icon: 'reviews' } },
      },
      {
        path: 'eligibility-settings',
        name: 'eligibility-settings',
        component: () => import('@/views/EligibilitySettingsView.vue'),
        meta: { titleKey: 'nav.eligibilitySettings', roles: ELIGIBILITY_SETTINGS_ROLES, nav: { icon: 'eligibilitySettings' } },
      },
      {
        path: 'subsidy-policies',
        name: 'subsidy-policies',
        component: () => import('@/views/SubsidyPolicyListView.vue'),
        meta: { titleKey: 'nav.subsidyPolicies', roles: POLICY_READER_ROLES, nav: { icon: 'subsidyPolicies' } },
      },
      {
        path: 'subsidy-policies/new',
        name: 'subsidy-policy-new',
        component: () => import('@/views/SubsidyPolicyEditView.vue'),
        meta: { titleKey: 'nav.subsidyPolicyNew', roles: POLICY_EDITOR_ROLES },
      },
      {
        path: 'subsidy-policies/:id',
        name: 'subsidy-policy-detail',
        component: () => import('@/views/SubsidyPolicyDetailView.vue'),
        meta: { titleKey: 'nav.subsidyPolicyDetail', roles: POLICY_READER_ROLES },
      },
      {
        path: 'subsidy-policies/:id/edit',
        name: 'subsidy-policy-edit',
        component: () => import('@/views/SubsidyPolicyEditView.vue'),
        meta: { titleKey: 'nav.subsidyPolicyEdit', roles: POLICY_EDITOR_ROLES },
      },
      {
        path: 'subsidy-budgets',
        name: 'subsidy-budgets',
        component: () => import('@/views/SubsidyBudgetView.vue'),
        meta: { titleKey: 'nav.subsidyBudgets', roles: POLICY_READER_ROLES, nav: { icon: 'subsidyBudgets' } },
      },
      {
        path: 'orders',
        name: 'orders',
        component: () => import('@/views/OrderListView.vue'),
        meta: { titleKey: 'nav.orders', roles: ORDER_READER_ROLES, nav: { icon: 'orders' } },
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
