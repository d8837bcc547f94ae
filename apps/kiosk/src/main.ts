import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from '@/App.vue';
import { createKioskI18n } from '@/i18n';
import { createKioskRouter } from '@/router';
import '@/styles/tokens.css';
import '@/styles/base.css';
import '@/styles/print.css';

const app = createApp(App);
app.use(createPinia());
app.use(createKioskI18n());
app.use(createKioskRouter());
app.mount('#app');
