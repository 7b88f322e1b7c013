// The notice below the header when a new version is ready, or when another tab has updated the
// app: never a dialog and never takes the focus, so typing goes on undisturbed; nothing reloads
// until the person says so (or, after another tab's update, while nobody is typing).
import { useTranslation } from 'react-i18next';
import {
  applyUpdate,
  dismissUpdate,
  useUpdateState,
  type UpdatePhase,
} from '../../pwa/serviceWorker';
import { Button } from '../../ui/Button';
import { ReloadKeepingDrafts } from './ReloadKeepingDrafts';
import './pwa.css';

/** What stopped or is happening, for every phase but `idle`. */
const PHASE_TEXT = {
  saving: 'pwa:update.saving',
  activating: 'pwa:update.activating',
  draftFailed: 'pwa:update.draftFailed',
  otherTabFailed: 'pwa:update.otherTabFailed',
  failed: 'pwa:update.failed',
} as const satisfies Record<Exclude<UpdatePhase, 'idle'>, string>;

const busy = (phase: UpdatePhase) => phase === 'saving' || phase === 'activating';

function UpdatedElsewhere() {
  const { t } = useTranslation();
  return (
    <div className="update-notice__inner">
      <p className="update-notice__title">{t('pwa:update.elsewhereTitle')}</p>
      <p>{t('pwa:update.elsewhereText')}</p>
      <ReloadKeepingDrafts />
    </div>
  );
}

function UpdateReady({ phase }: { phase: UpdatePhase }) {
  const { t } = useTranslation();
  return (
    <div className="update-notice__inner">
      <p className="update-notice__title">{t('pwa:update.title')}</p>
      <p>{phase === 'idle' ? t('pwa:update.text') : t(PHASE_TEXT[phase])}</p>
      <div className="button-row">
        <Button variant="primary" disabled={busy(phase)} onClick={() => void applyUpdate()}>
          {phase === 'idle' ? t('pwa:update.apply') : t('pwa:update.retry')}
        </Button>
        <Button variant="ghost" disabled={busy(phase)} onClick={dismissUpdate}>
          {t('pwa:update.later')}
        </Button>
      </div>
    </div>
  );
}

export function UpdateNotice() {
  const { t } = useTranslation();
  const { waiting, updatedElsewhere, phase } = useUpdateState();
  const ready = waiting || phase !== 'idle';
  if (!updatedElsewhere && !ready) return null;
  return (
    <div className="update-notice" role="status" aria-label={t('pwa:update.region')}>
      {updatedElsewhere ? <UpdatedElsewhere /> : <UpdateReady phase={phase} />}
    </div>
  );
}
