// The minutes of one meeting to read, with its action items ticked off in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { deleteRecord } from '../../db';
import type { Meeting } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { RecordMeta } from '../shared/RecordMeta';
import { currentUser } from '../shared/sessionStore';
import { MeetingActionItems } from './MeetingActionItems';
import { MeetingMinutes } from './MeetingMinutes';
import { useMeeting } from './useMeeting';

export function MeetingDetailScreen({
  partnershipId,
  meetingId,
}: {
  partnershipId: string;
  meetingId: string;
}) {
  const { t } = useTranslation();
  const loaded = useMeeting(partnershipId, meetingId);
  if (loaded === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  if (loaded === null || !loaded.ok) {
    return (
      <>
        <PageHeader title={t('meetings:detail.fallbackTitle')} />
        {loaded === null ? (
          <Notice tone="error">{t('common:record.notFound')}</Notice>
        ) : (
          <BrokenRecord id={loaded.id} errors={loaded.errors} />
        )}
        <Link href={paths.meetings(partnershipId)}>{t('meetings:detail.backToList')}</Link>
      </>
    );
  }
  return <MeetingDetail meeting={loaded.record} sync={loaded.sync} />;
}

function MeetingDetail({
  meeting,
  sync,
}: {
  meeting: Meeting;
  sync: { pending: boolean; synced: boolean };
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [deleteError, setDeleteError] = useState(false);
  const pid = meeting.partnershipId;

  const onDelete = async () => {
    if (!window.confirm(t('common:actions.confirmDelete'))) return;
    try {
      await deleteRecord(meeting.id, currentUser());
      navigate(paths.meetings(pid));
    } catch (error) {
      console.error('Delete failed', error);
      setDeleteError(true);
    }
  };

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
      <RecordMeta record={meeting} sync={sync} />
      {deleteError ? <Notice tone="error">{t('meetings:detail.deleteFailed')}</Notice> : null}
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
