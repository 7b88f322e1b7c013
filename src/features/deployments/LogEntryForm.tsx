import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { LOG_ENTRY_KINDS, type FieldsInput, type LogEntryKind } from '../../domain';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { FormPhotos } from '../photos/FormPhotos';
import { FieldsOfActionField } from '../shared/FieldsOfActionField';
import { paths } from '../shared/paths';
import { RecordFormFrame } from '../shared/RecordFormFrame';
import { TaskListEditor } from '../shared/TaskListEditor';
import { useRecordForm } from '../shared/useRecordForm';
import { useVocabOptions } from '../shared/useVocabOptions';
import { LocationField } from './LocationField';
import { titleFromNotes } from './logText';
import { MeasureLinksField } from './MeasureLinksField';

type Values = FieldsInput<'logEntry'>;

/** Where a stored location can be wrong (e.g. a damaged draft); shown at the location field. */
const LOCATION_PATHS = [
  'location',
  'location.latitude',
  'location.longitude',
  'location.accuracy',
  'location.capturedAt',
];

/**
 * A log entry, new or edited. Built for quick entry on the spot: the time is filled in, the notes
 * have the focus, the title follows the first line of the notes until the person writes their own,
 * and saving goes straight back to the log.
 */
export function LogEntryForm({
  title,
  context,
  partnershipId,
  deploymentId,
  logEntryId,
  route,
  initial,
  lang,
  cancelPath,
}: {
  title: string;
  context: string;
  partnershipId: string;
  deploymentId: string;
  logEntryId?: string | undefined;
  route: string;
  initial: Values;
  lang?: string | undefined;
  cancelPath: string;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const kinds = useVocabOptions('logEntryKind', LOG_ENTRY_KINDS);
  const isNew = logEntryId === undefined;
  const form = useRecordForm({
    type: 'logEntry',
    id: logEntryId,
    partnershipId,
    // One open draft per deployment for its next entry; an edit uses the entry's own draft.
    draftKey: logEntryId ?? `logEntry:new:${deploymentId}`,
    route,
    initial,
    lang,
    onSaved: () => navigate(paths.deployment(partnershipId, deploymentId)),
  });
  const { errorsFor } = form;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    form.setValues((previous) => ({ ...previous, [key]: value }));

  const changeNotes = (notes: string) =>
    form.setValues((previous) => {
      const titleFollowsNotes =
        previous.title.trim() === '' || previous.title === titleFromNotes(previous.notes ?? '');
      return {
        ...previous,
        notes,
        title: titleFollowsNotes ? titleFromNotes(notes) : previous.title,
      };
    });

  return (
    <RecordFormFrame
      title={title}
      context={context}
      form={form}
      onCancel={() => navigate(cancelPath)}
    >
      {(values) => (
        <>
          <TextField
            id="occurredAt"
            type="datetime-local"
            label={t('deployments:field.occurredAt')}
            value={values.occurredAt}
            onValueChange={(value) => set('occurredAt', value)}
            errors={errorsFor('occurredAt')}
            required
          />
          <TextField
            id="place"
            label={t('deployments:field.place')}
            hint={t('deployments:logForm.placeHint')}
            value={values.place ?? ''}
            onValueChange={(value) => set('place', value)}
            errors={errorsFor('place')}
          />
          <LocationField
            value={values.location}
            onChange={(location) => set('location', location)}
            errors={LOCATION_PATHS.flatMap((path) => errorsFor(path))}
          />
          <SelectField
            id="kind"
            label={t('deployments:field.kind')}
            value={values.kind ?? 'observation'}
            options={kinds}
            onValueChange={(value) => set('kind', value as LogEntryKind)}
            errors={errorsFor('kind')}
          />
          <TextField
            id="title"
            label={t('deployments:field.title')}
            hint={t('deployments:logForm.titleHint')}
            value={values.title}
            onValueChange={(value) => set('title', value)}
            errors={errorsFor('title')}
            required
          />
          <TextAreaField
            id="notes"
            label={t('deployments:field.notes')}
            rows={10}
            value={values.notes ?? ''}
            onValueChange={changeNotes}
            errors={errorsFor('notes')}
            // The notes are what an expert came to write; the keyboard should be up at once.
            autoFocus={isNew && !form.restored}
          />
          <FormPhotos form={form} partnershipId={partnershipId} isNew={isNew} lang={lang} />
          <TextAreaField
            id="peopleMet"
            label={t('deployments:field.peopleMet')}
            hint={t('deployments:logForm.peopleMetHint')}
            rows={3}
            value={values.peopleMet ?? ''}
            onValueChange={(value) => set('peopleMet', value)}
            errors={errorsFor('peopleMet')}
          />
          <TaskListEditor
            id="followUps"
            legend={t('deployments:field.followUps')}
            addLabel={t('deployments:logForm.addFollowUp')}
            items={values.followUps ?? []}
            onChange={(followUps) => set('followUps', followUps)}
            errorsFor={errorsFor}
          />
          <FieldsOfActionField
            values={values.fieldsOfAction ?? []}
            onChange={(fieldsOfAction) => set('fieldsOfAction', fieldsOfAction)}
            errors={errorsFor('fieldsOfAction')}
          />
          <MeasureLinksField
            partnershipId={partnershipId}
            values={values.measureIds ?? []}
            onChange={(measureIds) => set('measureIds', measureIds)}
            errors={errorsFor('measureIds')}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
