import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ExpiredSessionBanner } from '../features/account/ExpiredSessionBanner';
import { SyncIndicator } from '../features/sync/SyncIndicator';

/** The bar on top of every screen: home, sync state, search and settings. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <>
      <header className="app-header">
        <Link href="/" className="app-header__brand">
          <img src="/icon.svg" alt="" width="28" height="28" />
          <span>{t('common:app.name')}</span>
        </Link>
        <nav aria-label={t('common:nav.main')} className="app-header__nav">
          <SyncIndicator />
          <Link href="/search" className="icon-link">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <circle
                cx="10.5"
                cy="10.5"
                r="6.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.2"
              />
              <path
                d="M15.5 15.5 21 21"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinecap="round"
              />
            </svg>
            <span className="visually-hidden-narrow">{t('common:nav.search')}</span>
          </Link>
          <Link href="/settings" className="icon-link">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" strokeWidth="2.2" />
              <path
                d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinecap="round"
              />
            </svg>
            <span className="visually-hidden-narrow">{t('common:nav.settings')}</span>
          </Link>
        </nav>
      </header>
      {/* Below the bar, in the page flow: it never covers what a person is typing. */}
      <ExpiredSessionBanner />
    </>
  );
}
