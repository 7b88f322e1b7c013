// `/conflicts`: every record with an open conflict, grouped by partnership.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listAllRecords, listConflicts, type LoadedRecord } from '../../db';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Section } from '../../ui/Section';
import { BrokenRecord } from '../shared/BrokenRecord';
import { ConflictListItem } from './ConflictListItem';
import './conflicts.css';

interface Group {
  partnershipId: string;
  title: string;
  items: LoadedRecord[];
}

const partnershipOf = (item: LoadedRecord): string => {
  if (item.ok) return item.record.partnershipId;
  const raw = item.raw as { partnershipId?: unknown } | null;
  return typeof raw?.partnershipId === 'string' ? raw.partnershipId : '';
};

const detectedAt = (item: LoadedRecord): string =>
  item.ok ? (item.sync.conflict?.detectedAt ?? '') : '';

export function ConflictListScreen() {
  const { t } = useTranslation();
  const data = useLiveQuery(async () => {
    const [conflicts, partnerships] = await Promise.all([
      listConflicts(),
      listAllRecords('partnership'),
    ]);
    return { conflicts, partnerships };
  }, []);

  if (data === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }

  const titles = new Map<string, string>();
  for (const item of data.partnerships) {
    if (item.ok) {
      titles.set(
        item.id,
        t('partnerships:title', {
          german: item.record.germanMunicipality,
          partner: item.record.partnerMunicipality,
        }),
      );
    }
  }
  const groups = new Map<string, Group>();
  for (const item of [...data.conflicts].sort((a, b) =>
    detectedAt(a).localeCompare(detectedAt(b)),
  )) {
    const partnershipId = partnershipOf(item);
    const group = groups.get(partnershipId) ?? {
      partnershipId,
      title: titles.get(partnershipId) ?? t('conflicts:list.unknownPartnership'),
      items: [],
    };
    group.items.push(item);
    groups.set(partnershipId, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.title.localeCompare(b.title));

  return (
    <>
      <PageHeader title={t('conflicts:list.title')} />
      {sorted.length === 0 ? (
        <EmptyState title={t('conflicts:list.empty')}>
          <p>{t('conflicts:list.emptyHint')}</p>
        </EmptyState>
      ) : (
        <>
          <p>{t('conflicts:list.intro')}</p>
          {sorted.map((group) => (
            <Section
              key={group.partnershipId}
              title={group.title}
              id={`conflicts-${group.partnershipId.replace(/\W/g, '-')}`}
            >
              <ul className="stack">
                {group.items.map((item) => (
                  <li key={item.id}>
                    {item.ok && item.sync.conflict ? (
                      <ConflictListItem record={item.record} conflict={item.sync.conflict} />
                    ) : !item.ok ? (
                      <BrokenRecord id={item.id} errors={item.errors} />
                    ) : null}
                  </li>
                ))}
              </ul>
            </Section>
          ))}
        </>
      )}
    </>
  );
}
