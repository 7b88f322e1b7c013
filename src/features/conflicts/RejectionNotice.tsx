import { useTranslation } from 'react-i18next';
import { Notice } from '../../ui/Notice';
import type { RecordRejection } from './conflictTypes';

/** The reasons the server names with a code of its own (server/couch/validateDocUpdate.js). */
const KNOWN_CODES = new Set([
  'wrong_author',
  'review_not_allowed',
  'invalid_type',
  'wrong_partnership',
]);

/** Why the server refused a record's last change, in plain words, and what to do about it. */
export function RejectionNotice({ rejection }: { rejection: RecordRejection }) {
  const { t } = useTranslation();
  const code = KNOWN_CODES.has(rejection.code) ? rejection.code : 'other';
  return (
    <Notice tone="error" title={t('conflicts:rejection.title')}>
      <p>{t(`conflicts:rejection.reason.${code}`)}</p>
      <p>{t('conflicts:rejection.whatToDo')}</p>
      {rejection.reason ? (
        <p className="muted">
          {t('conflicts:rejection.serverReason')}{' '}
          <span lang="en" dir="auto">
            {rejection.reason}
          </span>
        </p>
      ) : null}
    </Notice>
  );
}
