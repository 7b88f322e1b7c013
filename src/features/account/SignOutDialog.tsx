// Sign-out: a confirmation with the option to delete this app's data from the device. Before a
// wipe it says, with counts, what would be lost (changes not on the server, unsaved drafts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db';
import { signOutAndWipe, signOutOnDevice } from '../../sync/appSync';
import { countUnsynced } from '../../sync/session';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { Notice } from '../../ui/Notice';
import './account.css';

/** Start the app afresh after a wipe: nothing of the old state may linger in memory. */
function restartApp() {
  window.location.replace('/');
}

export interface SignOutDialogProps {
  onClose: () => void;
  /** Called after a wipe; reloads the app unless told otherwise (tests). */
  onWiped?: () => void;
}

export function SignOutDialog({ onClose, onWiped = restartApp }: SignOutDialogProps) {
  const { t } = useTranslation();
  const [wipe, setWipe] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const unsynced = useLiveQuery(() => countUnsynced(db), []);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (wipe) {
        await signOutAndWipe();
        onWiped();
        return;
      }
      await signOutOnDevice();
      onClose();
    } catch (error) {
      console.error('Sign-out failed', error);
      setFailed(true);
      setBusy(false);
    }
  };

  const losses = wipe && unsynced && (unsynced.records > 0 || unsynced.drafts > 0);
  return (
    <section
      className="sign-out-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby="sign-out-title"
    >
      <h3 id="sign-out-title" tabIndex={-1} ref={heading}>
        {t('account:signOut.title')}
      </h3>
      <p>{t('account:signOut.explanation')}</p>
      <CheckboxField
        id="sign-out-wipe"
        label={t('account:signOut.wipe')}
        checked={wipe}
        onCheckedChange={setWipe}
        aria-describedby="sign-out-wipe-hint"
      />
      <p id="sign-out-wipe-hint" className="muted">
        {t('account:signOut.wipeHint')}
      </p>
      {losses ? (
        <Notice tone="warning" title={t('account:signOut.lossTitle')}>
          <ul>
            {unsynced.records > 0 ? (
              <li>{t('account:signOut.unsyncedRecords', { count: unsynced.records })}</li>
            ) : null}
            {unsynced.drafts > 0 ? (
              <li>{t('account:signOut.openDrafts', { count: unsynced.drafts })}</li>
            ) : null}
          </ul>
        </Notice>
      ) : null}
      {failed ? <Notice tone="error">{t('account:signOut.failed')}</Notice> : null}
      <div className="button-row">
        <Button
          variant={wipe ? 'danger' : 'primary'}
          onClick={() => void confirm()}
          disabled={busy || (wipe && unsynced === undefined)}
        >
          {busy
            ? t('account:signOut.working')
            : wipe
              ? t('account:signOut.confirmWipe')
              : t('account:signOut.confirm')}
        </Button>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
      </div>
    </section>
  );
}
