import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Meeting } from '../../domain';
import { useFormat } from '../../i18n';
import { Badge } from '../../ui/Badge';
import { countOpen } from '../followUps/openTasks';
import { CardPhotos } from '../photos/CardPhotos';
import { paths } from '../shared/paths';
import { useVocabLabel } from '../shared/useVocabOptions';

/** A meeting in the list: kind, title, date, place and how many of its action items are open. */
export function MeetingCard({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocabLabel();
  const open = countOpen(meeting.actionItems);
  return (
    <li>
      <Link href={paths.meeting(meeting.partnershipId, meeting.id)} className="card">
        <CardPhotos targetId={meeting.id} />
        <p className="card__title" dir="auto" lang={meeting.lang}>
          {meeting.title}
        </p>
        <p className="card__meta">
          <Badge>{vocab('meetingKind', meeting.kind)}</Badge>
          <time dateTime={meeting.date}>{format.date(meeting.date)}</time>
          {meeting.place ? (
            <span dir="auto" lang={meeting.lang}>
              {meeting.place}
            </span>
          ) : null}
          {open > 0 ? (
            <Badge tone="warning">{t('meetings:list.openActionItems', { count: open })}</Badge>
          ) : null}
        </p>
      </Link>
    </li>
  );
}
