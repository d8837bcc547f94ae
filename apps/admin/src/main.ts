import { vLoading } from 'element-plus';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { setSessionEndedHandler } from '@/api/client';
import { currentLocale, i18n } from '@/locales';
import { createAppRouter } from '@/router';
import { useAuthStore } from '@/stores/auth';
import App from './App.vue';
import './styles/element-plus';
import './styles/app.css';

const app = createApp(App);
const pinia = createPinia();
const router = createAppRouter();

app.use(pinia).use(router).use(i18n);
app.directive('loading', vLoading);
document.documentElement.lang = currentLocale();

// A 401 on any call made with a token: the session is over (expired, revoked, locked meanwhile).
setSessionEndedHandler(() => {
  const current = router.currentRoute.value;
  useAuthStore(pinia).logout();
  if (current.name !== 'login') {
    void router.replace({ name: 'login', query: { redirect: current.fullPath, reason: 'expired' } });
  }
});

app.mount('#app');
