import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LogEntry } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { CardPhotos } from '../photos/CardPhotos';
import { paths } from '../shared/paths';
import { useVocabLabel } from '../shared/useVocabOptions';
import { notesPreview } from './logText';

/** One entry of a deployment's log: when, what kind, title, where, the start of the notes. */
export function LogEntryCard({ entry }: { entry: LogEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  const openFollowUps = entry.followUps.filter((f) => !f.done).length;
  const preview = notesPreview(entry.notes);
  return (
    <Link href={paths.logEntry(entry.partnershipId, entry.deploymentId, entry.id)} className="card">
      <CardPhotos targetId={entry.id} />
      <p className="card__meta">
        <time dateTime={entry.occurredAt}>{format.dateTime(entry.occurredAt)}</time>
        <Badge>{label('logEntryKind', entry.kind)}</Badge>
      </p>
      <p className="card__title" dir="auto" lang={entry.lang}>
        {entry.title}
      </p>
      {entry.place ? (
        <p className="muted" dir="auto" lang={entry.lang}>
          {entry.place}
        </p>
      ) : null}
      {preview ? (
        <p className="user-text" dir="auto" lang={entry.lang}>
          {preview}
        </p>
      ) : null}
      {openFollowUps > 0 ? (
        <p className="card__meta">
          <Badge tone="warning">
            {t('deployments:log.openFollowUps', { count: openFollowUps })}
          </Badge>
        </p>
      ) : null}
    </Link>
  );
}
