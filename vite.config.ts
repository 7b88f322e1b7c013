/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/** The app's green: index.html's theme colour, the manifest's theme and splash background. */
const THEME_COLOUR = '#0b5d3b';

// The offline shell. The service worker precaches every file the build emits (all lazy screens and
// locale chunks included) and answers navigations with index.html, except under /couch/, which it
// never touches: sync always talks to the network. It is registered by our own code
// (src/pwa/serviceWorker.ts), never by an inline script, so the strict CSP stays as it is.
// 'prompt': a new version waits until the person agrees (src/app/pwa/UpdateNotice.tsx).
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  strategies: 'generateSW',
  filename: 'sw.js',
  // The manifest and its icons are precached by the plugin; the iOS home-screen icon is added here.
  includeAssets: ['apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Klimapartner',
    short_name: 'Klimapartner',
    description:
      'Feld-App für kommunale Klimapartnerschaften: Partnerschaften, Entsendungen, Treffen und Maßnahmen – auch ohne Netz.',
    lang: 'de',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: THEME_COLOUR,
    categories: ['productivity', 'business'],
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    shortcuts: [
      {
        name: 'Neuer Logeintrag',
        short_name: 'Logeintrag',
        description: 'Einen Logeintrag zur laufenden Entsendung schreiben (New log entry)',
        url: '/log/new',
        icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
      },
    ],
  },
  workbox: {
    // Every chunk the build emits: screens and locale files are lazy chunks, all needed offline.
    globPatterns: ['**/*.{js,css,html}'],
    navigateFallback: 'index.html',
    navigateFallbackDenylist: [/^\/couch(\/|$)/],
    cleanupOutdatedCaches: true,
    // No runtimeCaching: records live in IndexedDB, and /couch/ must always reach the server.
  },
});

/**
 * Chunks (see tests/gates: the first screen's JavaScript and Lighthouse). One chunk per language
 * for all its locale files (not one request per namespace); everything the first screen imports
 * statically in one entry chunk; the small shared pieces of the screens (ui, features/shared) in
 * one chunk instead of a dozen tiny ones.
 */
const CHUNK_GROUPS = [
  {
    name: (id: string) => {
      const language = /[\\/]locales[\\/]([^\\/]+)[\\/][^\\/]+\.json$/.exec(id)?.[1];
      return language ? `locale-${language}` : null;
    },
    debugName: 'locale per language',
    priority: 3,
  },
  { name: 'app', tags: ['$initial' as const], priority: 2 },
  {
    name: 'screens-shared',
    test: /[\\/]src[\\/](ui|features[\\/]shared)[\\/]/,
    minShareCount: 2,
    priority: 1,
  },
];

export default defineConfig({
  plugins: [react(), pwa],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fewer, larger chunks: every request costs a round trip on a field connection.
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
