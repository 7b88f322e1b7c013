import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../domain';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { PersonListEditor } from '../shared/PersonListEditor';
import { TaskListEditor } from '../shared/TaskListEditor';
import { TextItemListEditor } from '../shared/TextItemListEditor';
import { useVocabOptions } from '../shared/useVocabOptions';
import type { MeetingValues } from './meetingValues';

export interface MeetingFieldsProps {
  values: MeetingValues;
  onChange: (update: (previous: MeetingValues) => MeetingValues) => void;
  errorsFor: (path: string) => string[];
}

/** The fields of a meeting: what, when, where, who, and the minutes with decisions and tasks. */
export function MeetingFields({ values, onChange, errorsFor }: MeetingFieldsProps) {
  const { t } = useTranslation();
  const kinds = useVocabOptions('meetingKind', MEETING_KINDS);
  const set =
    <K extends keyof MeetingValues>(key: K) =>
    (value: MeetingValues[K]) =>
      onChange((previous) => ({ ...previous, [key]: value }));

  return (
    <>
      <SelectField
        id="kind"
        label={t('meetings:fields.kind')}
        value={values.kind}
        options={kinds}
        onValueChange={(kind) => set('kind')(kind as MeetingValues['kind'])}
        errors={errorsFor('kind')}
        required
      />
      <TextField
        id="title"
        label={t('meetings:fields.title')}
        value={values.title}
        onValueChange={set('title')}
        errors={errorsFor('title')}
        required
      />
      <TextField
        id="date"
        type="date"
        label={t('meetings:fields.date')}
        value={values.date}
        onValueChange={set('date')}
        errors={errorsFor('date')}
        required
      />
      <TextField
        id="place"
        label={t('meetings:fields.place')}
        hint={t('meetings:fields.placeHint')}
        value={values.place ?? ''}
        onValueChange={set('place')}
        errors={errorsFor('place')}
      />
      <PersonListEditor
        id="participants"
        legend={t('meetings:fields.participants')}
        addLabel={t('meetings:fields.addParticipant')}
        items={values.participants ?? []}
        onChange={set('participants')}
        errorsFor={errorsFor}
      />
      <TextItemListEditor
        id="agendaItems"
        legend={t('meetings:fields.agenda')}
        addLabel={t('meetings:fields.addAgendaItem')}
        itemLabel={(index) => t('meetings:fields.agendaItem', { number: index + 1 })}
        items={values.agendaItems ?? []}
        onChange={set('agendaItems')}
        errorsFor={errorsFor}
      />
      <TextAreaField
        id="notes"
        label={t('meetings:fields.notes')}
        rows={12}
        value={values.notes ?? ''}
        onValueChange={set('notes')}
        errors={errorsFor('notes')}
      />
      <TextItemListEditor
        id="decisions"
        legend={t('meetings:fields.decisions')}
        addLabel={t('meetings:fields.addDecision')}
        itemLabel={(index) => t('meetings:fields.decision', { number: index + 1 })}
        items={values.decisions ?? []}
        onChange={set('decisions')}
        errorsFor={errorsFor}
      />
      <TaskListEditor
        id="actionItems"
        legend={t('meetings:fields.actionItems')}
        addLabel={t('meetings:fields.addActionItem')}
        items={values.actionItems ?? []}
        onChange={set('actionItems')}
        errorsFor={errorsFor}
      />
    </>
  );
}
