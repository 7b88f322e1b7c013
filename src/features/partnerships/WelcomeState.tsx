import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { paths } from '../shared/paths';
import { currentUser } from '../shared/sessionStore';
import { loadDemoPartnership } from './demoData';
import './partnerships.css';

/** The first screen on a new device: what the app is for, and two ways to start. */
export function WelcomeState() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const loadDemo = async () => {
    setLoading(true);
    setFailed(false);
    try {
      // The demo's text is German, so its records are tagged as German whatever the interface says.
      const id = await loadDemoPartnership(currentUser(), 'de');
      navigate(paths.partnership(id));
    } catch (error) {
      console.error('Demo not loaded', error);
      setFailed(true);
      setLoading(false);
    }
  };

  return (
    <EmptyState title={t('partnerships:welcome.title')}>
      <p>{t('partnerships:welcome.explanation')}</p>
      <p className="muted">{t('partnerships:welcome.demoHint')}</p>
      {failed ? <Notice tone="error">{t('partnerships:welcome.demoFailed')}</Notice> : null}
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
