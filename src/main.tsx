// Bootstrap: languages first (the first screen needs its words), then the app, then sync and the
// service worker. The browser's install offer is caught before anything else: it comes only once.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { flushOpenDrafts } from './features/shared/openDrafts';
import { initI18n } from './i18n';
import { captureInstallPrompt } from './pwa/install';
import { registerServiceWorker } from './pwa/serviceWorker';
import { startAppSync } from './sync/appSync';
import './app/styles.css';

captureInstallPrompt();

const root = document.getElementById('root');
if (root) {
  void initI18n().then(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    // Sync starts after the first screen; the app works the same without it (offline first).
    startAppSync().catch((error: unknown) => console.error('Sync not started', error));
    // Offline shell and updates; an update writes every open draft before it reloads.
    registerServiceWorker(flushOpenDrafts);
  });
}
