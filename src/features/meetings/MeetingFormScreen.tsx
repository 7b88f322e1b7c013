// Record a new meeting or edit one: everything typed is kept as a draft until it is saved.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Meeting } from '../../domain';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { localDateString } from '../followUps/openTasks';
import { BrokenRecord } from '../shared/BrokenRecord';
import { DraftRestoredNotice } from '../shared/DraftRestoredNotice';
import { FormActions } from '../shared/FormActions';
import { paths } from '../shared/paths';
import { useRecordForm } from '../shared/useRecordForm';
import { MeetingFields } from './MeetingFields';
import { meetingValues, newMeetingValues } from './meetingValues';
import { useMeeting } from './useMeeting';

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
        <PageHeader title={t('meetings:form.editTitle')} />
        {loaded === null ? (
          <Notice tone="error">{t('common:record.notFound')}</Notice>
        ) : (
          <BrokenRecord id={loaded.id} errors={loaded.errors} />
        )}
      </>
    );
  }
  return <MeetingForm partnershipId={partnershipId} meeting={loaded.record} />;
}

function MeetingForm({ partnershipId, meeting }: { partnershipId: string; meeting?: Meeting }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const meetingId = meeting?.id;
  // The record's values are taken once: a later change to it must not reset what is being typed.
  const [initial] = useState(() =>
    meeting ? meetingValues(meeting) : newMeetingValues(localDateString(new Date())),
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
  const { values, setValues } = form;

  return (
    <>
      <PageHeader title={meeting ? t('meetings:form.editTitle') : t('meetings:form.newTitle')} />
      <DraftRestoredNotice restored={form.restored} updatedAt={form.restoredAt} />
      {values === undefined ? (
        <p className="loading" role="status">
          {t('common:loading')}
        </p>
      ) : (
        <form {...form.formProps} onSubmit={form.onSubmit} noValidate>
          <MeetingFields values={values} onChange={setValues} errorsFor={form.errorsFor} />
          <FormActions
            form={form}
            onCancel={() =>
              navigate(
                meetingId ? paths.meeting(partnershipId, meetingId) : paths.meetings(partnershipId),
              )
            }
          />
        </form>
      )}
    </>
  );
}
