import { createRouter, createWebHistory, type Router } from 'vue-router';
import { i18n } from '@/locales';
import { useAuthStore } from '@/stores/auth';
import { isAllowed } from './navigation';
import { routes } from './routes';

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  });

  router.beforeEach(async (to) => {
    const auth = useAuthStore();
    if (to.name === 'login') {
      // Someone already signed in who opens /login goes to the app instead.
      return auth.hasSession && (await auth.restore()) ? { name: 'home' } : true;
    }
    if (to.meta.public) return true;
    if (!auth.hasSession || !(await auth.restore())) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    if (!to.matched.every((record) => isAllowed(record.meta, auth.role))) return { name: 'home' };
    return true;
  });

  router.afterEach((to) => {
    const { t } = i18n.global;
    document.title = to.meta.titleKey ? `${t(to.meta.titleKey)} · ${t('app.title')}` : t('app.title');
  });

  return router;
}
