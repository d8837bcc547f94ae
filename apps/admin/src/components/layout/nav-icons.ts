import { AlarmClock, Avatar, HomeFilled, KnifeFork, OfficeBuilding, Setting, Stamp } from '@element-plus/icons-vue';
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
};

/** Pages without their own navigation entry, and the entry they belong to. */
export const NAV_PARENTS: Record<string, string> = {
  'canteen-detail': 'canteens',
  'elder-detail': 'elders',
  'elder-stats': 'elders',
  'elder-import': 'elders',
};
