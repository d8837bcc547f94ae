import { HomeFilled, KnifeFork, OfficeBuilding } from '@element-plus/icons-vue';
import type { Component } from 'vue';
import type { NavIcon } from '@/router/routes';

export const NAV_ICONS: Record<NavIcon, Component> = { home: HomeFilled, canteens: OfficeBuilding, myCanteen: KnifeFork };
