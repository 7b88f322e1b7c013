import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { isStorageFull } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { loadDemoForAccount, type DemoLoad } from '../account/loadDemoForAccount';
import { paths } from '../shared/paths';
import './partnerships.css';

/** The first screen on a new device: what the app is for, and two ways to start. */
export function WelcomeState() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<
    Extract<DemoLoad, { ok: false }>['reason'] | 'storageFull' | null
  >(null);

  const loadDemo = async () => {
    setLoading(true);
    setFailed(null);
    try {
      // The demo's text is German, so its records are tagged as German whatever the interface says.
      // Signed in with the demo partnership's role, it comes from the server instead.
      const result = await loadDemoForAccount('de');
      if (result.ok) {
        navigate(paths.partnership(result.id));
        return;
      }
      setFailed(result.reason);
    } catch (error) {
      console.error('Demo not loaded', error);
      setFailed(isStorageFull(error) ? 'storageFull' : 'failed');
    }
    setLoading(false);
  };

  return (
    <EmptyState title={t('partnerships:welcome.title')}>
      <p>{t('partnerships:welcome.explanation')}</p>
      <p className="muted">{t('partnerships:welcome.demoHint')}</p>
      {failed === 'failed' ? (
        <Notice tone="error">{t('partnerships:welcome.demoFailed')}</Notice>
      ) : null}
      {failed === 'storageFull' ? (
        <Notice tone="error">{t('partnerships:welcome.demoStorageFull')}</Notice>
      ) : null}
      {failed === 'offline' ? <Notice tone="error">{t('account:demo.offline')}</Notice> : null}
      {failed === 'signIn' ? <Notice tone="error">{t('account:demo.signIn')}</Notice> : null}
      <div className="button-row welcome__actions">
        <Button variant="primary" onClick={() => void loadDemo()} disabled={loading}>
          {loading ? t('partnerships:welcome.demoLoading') : t('partnerships:welcome.loadDemo')}
        </Button>
        <Link href={paths.newPartnership()} className="button">
          {t('partnerships:welcome.create')}
        </Link>
      </div>
    </EmptyState>
  );
}
