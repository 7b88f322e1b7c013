// Record a new meeting or edit one: everything typed is kept as a draft until it is saved.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Meeting } from '../../domain';
import { FormPhotos } from '../photos/FormPhotos';
import { localDateString } from '../shared/dates';
import { paths } from '../shared/paths';
import { RecordFormFrame } from '../shared/RecordFormFrame';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { recordFields } from '../shared/recordFields';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { useRecordForm } from '../shared/useRecordForm';
import { MeetingFields } from './MeetingFields';
import { newMeetingValues } from './meetingValues';

export function MeetingFormScreen({
  partnershipId,
  meetingId,
}: {
  partnershipId: string;
  meetingId?: string | undefined;
}) {
  return meetingId ? (
    <EditMeeting partnershipId={partnershipId} meetingId={meetingId} />
  ) : (
    <MeetingForm partnershipId={partnershipId} />
  );
}

function EditMeeting({ partnershipId, meetingId }: { partnershipId: string; meetingId: string }) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('meeting', meetingId, partnershipId);
  if (!loaded?.ok) {
    return <RecordUnavailable title={t('meetings:form.editTitle')} loaded={loaded} />;
  }
  return <MeetingForm partnershipId={partnershipId} meeting={loaded.record} />;
}

function MeetingForm({ partnershipId, meeting }: { partnershipId: string; meeting?: Meeting }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const meetingId = meeting?.id;
  // The record's values are taken once: a later change to it must not reset what is being typed.
  const [initial] = useState(() =>
    meeting ? recordFields('meeting', meeting) : newMeetingValues(localDateString(new Date())),
  );
  const onSaved = useCallback(
    (saved: Meeting) => navigate(paths.meeting(partnershipId, saved.id)),
    [navigate, partnershipId],
  );
  const form = useRecordForm({
    type: 'meeting',
    id: meetingId,
    partnershipId,
    route: meetingId
      ? paths.editMeeting(partnershipId, meetingId)
      : paths.newMeeting(partnershipId),
    initial,
    lang: meeting?.lang,
    onSaved,
  });

  return (
    <RecordFormFrame
      title={meeting ? t('meetings:form.editTitle') : t('meetings:form.newTitle')}
      form={form}
      onCancel={() =>
        navigate(
          meetingId ? paths.meeting(partnershipId, meetingId) : paths.meetings(partnershipId),
        )
      }
    >
      {(values) => (
        <>
          <MeetingFields values={values} onChange={form.setValues} errorsFor={form.errorsFor} />
          <FormPhotos
            form={form}
            partnershipId={partnershipId}
            isNew={!meeting}
            lang={meeting?.lang}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
