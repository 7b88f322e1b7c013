// Bootstrap: languages first (the first screen needs its words), then the app, then sync.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { startAppSync } from './sync/appSync';
import './app/styles.css';

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
  });
}
