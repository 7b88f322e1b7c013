// The shell: header, the current screen, the partnership tab bar; errors and loading handled here.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Loading } from '../features/shared/Loading';
import { AppHeader } from './AppHeader';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { PartnershipNav } from './PartnershipNav';
import { UpdateNotice } from './pwa/UpdateNotice';

export function App() {
  const [location] = useLocation();
  const { t } = useTranslation();
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('common:nav.skip')}
      </a>
      <AppHeader />
      <UpdateNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary resetKey={location}>
          <Suspense fallback={<Loading />}>
            {/* A new location mounts fresh screens, so each form gets its own draft. */}
            <AppRoutes key={location} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <PartnershipNav />
    </div>
  );
}
