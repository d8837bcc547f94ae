import { AlarmClock, Avatar, Document, HomeFilled, KnifeFork, OfficeBuilding, Setting, Stamp, Tickets, Wallet } from '@element-plus/icons-vue';
import type { Component } from 'vue';
import type { NavIcon } from '@/router/routes';

export const NAV_ICONS: Record<NavIcon, Component> = {
  home: HomeFilled,
  canteens: OfficeBuilding,
  myCanteen: KnifeFork,
  elders: Avatar,
  approvals: Stamp,
  reviews: AlarmClock,
  eligibilitySettings: Setting,
  subsidyPolicies: Document,
  subsidyBudgets: Wallet,
  orders: Tickets,
};

/** Pages without their own navigation entry, and the entry they belong to. */
export const NAV_PARENTS: Record<string, string> = {
  'canteen-detail': 'canteens',
  'elder-detail': 'elders',
  'elder-stats': 'elders',
  'elder-import': 'elders',
  'subsidy-policy-new': 'subsidy-policies',
  'subsidy-policy-detail': 'subsidy-policies',
  'subsidy-policy-edit': 'subsidy-policies',
};
