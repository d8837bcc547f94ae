import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const apiTarget = 'http://localhost:3000';

export default defineConfig({
  // The API process serves the built app at /kiosk.
  base: '/kiosk/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n feature flags: Composition API only, no devtools hooks in the bundle.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5174,
    proxy: { '/api': apiTarget },
  },
  preview: {
    port: 4174,
    proxy: { '/api': apiTarget },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    mockReset: true,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
