// The start screen: the partnerships on this device, a welcome when there are none, and the
// drafts a person left unsaved.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listAllRecords, listDrafts, type LoadedRecord } from '../../db';
import type { Partnership } from '../../domain';
import { Badge } from '../../ui/Badge';
import { PageHeader } from '../../ui/PageHeader';
import { useVisiblePartnerships } from '../account/useVisiblePartnerships';
import { InstallHint } from '../settings/InstallHint';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { DraftList } from './DraftList';
import { PartnershipCard } from './PartnershipCard';
import { WelcomeState } from './WelcomeState';

/** Valid partnerships by name; broken ones after them, so they are seen but not in the way. */
function sortForList(items: readonly LoadedRecord<Partnership>[]): LoadedRecord<Partnership>[] {
  const name = (item: LoadedRecord<Partnership>) =>
    item.ok ? `${item.record.germanMunicipality} ${item.record.partnerMunicipality}` : '';
  return [...items].sort((a, b) => {
    if (a.ok !== b.ok) return a.ok ? -1 : 1;
    return name(a).localeCompare(name(b)) || a.id.localeCompare(b.id);
  });
}

export function PartnershipListScreen() {
  const { t } = useTranslation();
  const stored = useLiveQuery(() => listAllRecords('partnership'), []);
  const drafts = useLiveQuery(() => listDrafts(), []);
  // Signed in: only the partnerships the roles give (and those never synced from here).
  const visibility = useVisiblePartnerships();

  if (stored === undefined || visibility === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }

  const partnerships = stored.filter(visibility.isVisible);
  return (
    <>
      <PageHeader
        title={t('partnerships:list.title')}
        actions={
          partnerships.length > 0 ? (
            <Link href={paths.newPartnership()} className="button button--primary">
              {t('partnerships:list.new')}
            </Link>
          ) : null
        }
      />
      {partnerships.length === 0 ? (
        <WelcomeState />
      ) : (
        <ul className="stack">
          {sortForList(partnerships).map((item) => (
            <li key={item.id}>
              {item.ok ? (
                <PartnershipCard partnership={item.record} />
              ) : (
                <BrokenRecord id={item.id} errors={item.errors} />
              )}
              {visibility.isLocalOnly(item) ? (
                <Badge tone="warning">{t('account:partnerships.localOnly')}</Badge>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <DraftList drafts={drafts ?? []} />
      <InstallHint />
    </>
  );
}
