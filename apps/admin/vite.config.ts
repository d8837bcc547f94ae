import { fileURLToPath, URL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The API process serves the built app at /admin; in development Vite proxies /api to it.
export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5174,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: true } },
  },
  // The import wizard parses spreadsheets in a worker that loads exceljs on demand: ES module workers.
  worker: { format: 'es' },
  build: {
    // exceljs (~930 kB) is loaded only when someone exports; it is its own chunk by dynamic import.
    chunkSizeWarningLimit: 1000,
  },
});
