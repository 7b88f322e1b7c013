import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRecords } from '../../db';
import { paths } from '../shared/paths';

/** The measures a log entry relates to, as links; a link to a missing or broken one says so. */
export function LinkedMeasures({
  partnershipId,
  measureIds,
}: {
  partnershipId: string;
  measureIds: readonly string[];
}) {
  const { t } = useTranslation();
  const measures = useLiveQuery(() => listRecords('measure', partnershipId), [partnershipId]);
  if (measureIds.length === 0) {
    return <p className="muted">{t('deployments:logDetail.noMeasures')}</p>;
  }
  if (measures === undefined) return null;
  const byId = new Map(measures.map((item) => [item.id, item]));
  return (
    <ul className="stack">
      {measureIds.map((id) => {
        const item = byId.get(id);
        return (
          <li key={id}>
            {item?.ok ? (
              <Link href={paths.measure(partnershipId, id)} dir="auto" lang={item.record.lang}>
                {item.record.title}
              </Link>
            ) : item ? (
              <Link href={paths.measure(partnershipId, id)}>
                {t('deployments:field.brokenMeasure', { id })}
              </Link>
            ) : (
              <span className="muted">{t('deployments:field.missingMeasure', { id })}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
