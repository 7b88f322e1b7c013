// What is still waiting to reach the server: a count per record type, the deletions, and the
// waiting records by title, each linking to its screen.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countPending, listPendingRecords, type LoadedRecord } from '../../db';
import { RECORD_TYPES, recordTitle, type RecordType } from '../../domain';
import { Badge } from '../../ui/Badge';
import { Section } from '../../ui/Section';
import { recordPath } from '../shared/recordPath';

/** More than this many waiting records are counted, not listed. */
const LIST_LIMIT = 100;

function typeOf(item: LoadedRecord): string {
  return item.ok ? item.record.type : item.type;
}

function updatedAt(item: LoadedRecord): string {
  return item.ok ? item.record.updatedAt : '';
}

function WaitingItem({ item }: { item: LoadedRecord }) {
  const { t } = useTranslation();
  if (!item.ok) {
    return (
      <span className="sync-waiting__item">
        {t('sync:waiting.broken')} <code>{item.id}</code>
      </span>
    );
  }
  const title = recordTitle(item.record) || t('sync:waiting.untitled');
  const href = recordPath(item.record);
  return (
    <span className="sync-waiting__item">
      {href ? (
        <Link href={href} dir="auto">
          {title}
        </Link>
      ) : (
        <span dir="auto">{title}</span>
      )}
      {item.sync.conflict ? <Badge tone="danger">{t('sync:waiting.conflict')}</Badge> : null}
      {item.sync.rejection ? <Badge tone="danger">{t('sync:waiting.rejected')}</Badge> : null}
    </span>
  );
}

function TypeCount({ type, count }: { type: RecordType; count: number }) {
  const { t } = useTranslation();
  return <li>{t(`sync:waiting.types.${type}`, { count })}</li>;
}

export function WaitingSection({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const waiting = useLiveQuery(async () => {
    const [records, total] = await Promise.all([listPendingRecords(), countPending()]);
    return { records, deletions: Math.max(0, total - records.length) };
  }, []);

  if (waiting === undefined) return null;
  const { records, deletions } = waiting;
  const counts = RECORD_TYPES.map((type) => ({
    type,
    count: records.filter((item) => typeOf(item) === type).length,
  })).filter(({ count }) => count > 0);
  const listed = [...records]
    .sort((a, b) => updatedAt(b).localeCompare(updatedAt(a)))
    .slice(0, LIST_LIMIT);

  return (
    <Section id="sync-waiting" title={t('sync:waiting.title')}>
      {records.length === 0 && deletions === 0 ? (
        <p>{t('sync:waiting.none')}</p>
      ) : (
        <>
          {signedIn ? null : <p>{t('sync:waiting.signedOut')}</p>}
          <ul className="sync-waiting__counts">
            {counts.map(({ type, count }) => (
              <TypeCount key={type} type={type} count={count} />
            ))}
            {deletions > 0 ? <li>{t('sync:waiting.deletions', { count: deletions })}</li> : null}
          </ul>
          {listed.length > 0 ? (
            <>
              <h3>{t('sync:waiting.records')}</h3>
              <ul className="stack">
                {listed.map((item) => (
                  <li key={item.id}>
                    <WaitingItem item={item} />
                  </li>
                ))}
              </ul>
              {records.length > listed.length ? (
                <p className="muted">
                  {t('sync:waiting.more', { count: records.length - listed.length })}
                </p>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </Section>
  );
}
