// The errors of the last sync in plain words, each with what to do about it.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { SyncError } from '../../sync/replicator';
import { Section } from '../../ui/Section';
import { SIGN_IN_PATH } from '../account/accountPaths';
import { paths } from '../shared/paths';
import { usePartnershipNames } from './usePartnershipNames';

/** One message per kind of problem and partnership. */
function distinct(errors: readonly SyncError[]): SyncError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.code}|${error.partnershipId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function ErrorText({ error }: { error: SyncError }) {
  const { t } = useTranslation();
  const names = usePartnershipNames();
  const pid = error.partnershipId;
  const name = pid ? (names.get(pid) ?? pid) : undefined;
  switch (error.code) {
    case 'offline':
      return <>{t('sync:errors.offline')}</>;
    case 'unauthorized':
      return (
        <>
          {t('sync:errors.unauthorized')} <Link href={SIGN_IN_PATH}>{t('sync:errors.signIn')}</Link>
        </>
      );
    case 'forbidden':
      return <>{name ? t('sync:errors.forbidden', { name }) : t('sync:errors.forbiddenAny')}</>;
    case 'notFound':
      return <>{name ? t('sync:errors.notFound', { name }) : t('sync:errors.notFoundAny')}</>;
    case 'server':
      return <>{t('sync:errors.server')}</>;
    case 'quota':
      return (
        <>
          {t('sync:errors.quota')}{' '}
          <Link href={paths.settings()}>{t('sync:errors.storageSettings')}</Link>
        </>
      );
    case 'badData':
      return <>{t('sync:errors.badData')}</>;
  }
}

export function SyncErrorList({ errors }: { errors: readonly SyncError[] }) {
  const { t } = useTranslation();
  const shown = distinct(errors);
  if (shown.length === 0) return null;
  return (
    <Section id="sync-errors" title={t('sync:errors.title')}>
      <ul className="sync-errors">
        {shown.map((error) => (
          <li key={`${error.code}|${error.partnershipId ?? ''}`}>
            <ErrorText error={error} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
