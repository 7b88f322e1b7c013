// The minutes of one meeting to read, with its action items ticked off in place.
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { RecordSyncState } from '../../db';
import type { Meeting } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { PhotoSection } from '../photos/PhotoSection';
import { paths } from '../shared/paths';
import { RecordMeta } from '../shared/RecordMeta';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useDeleteRecord } from '../shared/useDeleteRecord';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { MeetingActionItems } from './MeetingActionItems';
import { MeetingMinutes } from './MeetingMinutes';

export function MeetingDetailScreen({
  partnershipId,
  meetingId,
}: {
  partnershipId: string;
  meetingId: string;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('meeting', meetingId, partnershipId);
  if (!loaded?.ok) {
    return (
      <RecordUnavailable
        title={t('meetings:detail.fallbackTitle')}
        loaded={loaded}
        back={{ href: paths.meetings(partnershipId), label: t('meetings:detail.backToList') }}
      />
    );
  }
  return <MeetingDetail meeting={loaded.record} sync={loaded.sync} />;
}

function MeetingDetail({ meeting, sync }: { meeting: Meeting; sync: RecordSyncState }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const deletion = useDeleteRecord(t('meetings:detail.deleteFailed'));
  const pid = meeting.partnershipId;

  const onDelete = () =>
    deletion.remove([meeting.id], { onDeleted: () => navigate(paths.meetings(pid)) });

  return (
    <article>
      <PageHeader
        title={meeting.title}
        actions={
          <Link href={paths.editMeeting(pid, meeting.id)} className="button button--primary">
            {t('common:actions.edit')}
          </Link>
        }
      />
      <MeetingMinutes meeting={meeting} />
      <MeetingActionItems meeting={meeting} />
      <PhotoSection targetId={meeting.id} partnershipId={pid} lang={meeting.lang} />
      <RecordMeta record={meeting} sync={sync} />
      {deletion.error ? <Notice tone="error">{deletion.error}</Notice> : null}
      <div className="button-row">
        <Link href={paths.meetings(pid)} className="button">
          {t('meetings:detail.backToList')}
        </Link>
        <Button variant="danger" onClick={() => void onDelete()}>
          {t('common:actions.delete')}
        </Button>
      </div>
    </article>
  );
}
