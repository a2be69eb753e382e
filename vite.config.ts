import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { numberedFontSlice, PRECACHED_FONT_SLICES } from './src/io/pdfFontSlices.ts';

export default defineConfig({
  plugins: [
    react(),
    // Offline: a service worker precaches the whole build, so after one visit the app loads
    // with the network off. Registered by an external script (the CSP forbids inline ones).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff,woff2,ttf,otf,json}'],
        // Exports bundle fonts and PDF code: precache them too, so they work offline — except the
        // rare-character font slices (≈ 3 MB), cached the first time a PDF needs one.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter((e) => {
              const slice = numberedFontSlice(e.url);
              return slice === null || PRECACHED_FONT_SLICES.includes(slice);
            }),
            warnings: [],
          }),
        ],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /\/assets\/noto-sans-sc-[\w-]+\.woff$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'pdf-font-slices', expiration: { maxEntries: 250 } },
          },
        ],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled at once, so it works offline without a second load.
        clientsClaim: true,
      },
    }),
  ],
  resolve: {
    // Dexie's ES2018 build (the package's default is its ES5 one behind a CommonJS wrapper):
    // the same API, 1.3 KiB less gzip in the start-up JavaScript. Every import of 'dexie'
    // (ours and dexie-react-hooks') resolves here, so there is still one Dexie.
    alias: [{ find: /^dexie$/, replacement: fileURLToPath(new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)) }],
  },
  build: { target: 'es2022', sourcemap: false },
  test: {
    // Property and fuzz tests do real work; CI machines are small and shared.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.tsx'],
          setupFiles: ['tests/unit/setup-dom.ts'],
        },
      },
    ],
  },
});
