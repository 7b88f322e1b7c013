import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import {
  DEPLOYMENT_DIRECTIONS,
  DEPLOYMENT_STATUSES,
  type DeploymentDirection,
  type DeploymentStatus,
  type FieldsInput,
} from '../../domain';
import { useFormat } from '../../i18n';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { FieldsOfActionField } from '../shared/FieldsOfActionField';
import { paths } from '../shared/paths';
import { PersonListEditor } from '../shared/PersonListEditor';
import { RecordFormFrame } from '../shared/RecordFormFrame';
import { useRecordForm } from '../shared/useRecordForm';
import { useVocabOptions } from '../shared/useVocabOptions';

type Values = FieldsInput<'deployment'>;

const NUMBERS = [1, 2, 3] as const;

/** The fields of a deployment, new or edited, kept as a draft while typed. */
export function DeploymentForm({
  title,
  partnershipId,
  deploymentId,
  route,
  initial,
  lang,
  cancelPath,
  destinationFor,
}: {
  title: string;
  partnershipId: string;
  deploymentId?: string | undefined;
  route: string;
  initial: Values;
  lang?: string | undefined;
  cancelPath: string;
  /** The destination to suggest for a direction (the other municipality). */
  destinationFor: (direction: DeploymentDirection) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [, navigate] = useLocation();
  const directions = useVocabOptions('deploymentDirection', DEPLOYMENT_DIRECTIONS);
  const statuses = useVocabOptions('deploymentStatus', DEPLOYMENT_STATUSES);
  const form = useRecordForm({
    type: 'deployment',
    id: deploymentId,
    partnershipId,
    route,
    initial,
    lang,
    onSaved: (record) => navigate(paths.deployment(partnershipId, record.id)),
  });
  const { errorsFor } = form;

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    form.setValues((previous) => ({ ...previous, [key]: value }));

  const changeDirection = (direction: DeploymentDirection) =>
    form.setValues((previous) => {
      // Follow the direction with the suggested destination unless the person wrote their own.
      const suggested = destinationFor(previous.direction);
      const keepsOwn = previous.destination !== '' && previous.destination !== suggested;
      return {
        ...previous,
        direction,
        destination: keepsOwn ? previous.destination : destinationFor(direction),
      };
    });

  return (
    <RecordFormFrame title={title} form={form} onCancel={() => navigate(cancelPath)}>
      {(values) => (
        <>
          <SelectField
            id="number"
            label={t('deployments:field.number')}
            value={String(values.number)}
            options={NUMBERS.map((n) => ({
              value: String(n),
              label: format.number(n),
            }))}
            onValueChange={(value) => set('number', Number(value) as Values['number'])}
            errors={errorsFor('number')}
            required
          />
          <SelectField
            id="direction"
            label={t('deployments:field.direction')}
            value={values.direction}
            options={directions}
            onValueChange={(value) => changeDirection(value as DeploymentDirection)}
            errors={errorsFor('direction')}
            required
          />
          <TextField
            id="destination"
            label={t('deployments:field.destination')}
            hint={t('deployments:form.destinationHint')}
            value={values.destination}
            onValueChange={(value) => set('destination', value)}
            errors={errorsFor('destination')}
            required
          />
          <TextField
            id="startDate"
            type="date"
            label={t('deployments:field.startDate')}
            value={values.startDate ?? ''}
            onValueChange={(value) => set('startDate', value || null)}
            errors={errorsFor('startDate')}
          />
          <TextField
            id="endDate"
            type="date"
            label={t('deployments:field.endDate')}
            value={values.endDate ?? ''}
            onValueChange={(value) => set('endDate', value || null)}
            errors={errorsFor('endDate')}
          />
          <SelectField
            id="status"
            label={t('deployments:field.status')}
            value={values.status ?? 'planned'}
            options={statuses}
            onValueChange={(value) => set('status', value as DeploymentStatus)}
            errors={errorsFor('status')}
          />
          <PersonListEditor
            id="participants"
            legend={t('deployments:field.participants')}
            addLabel={t('deployments:form.addParticipant')}
            items={values.participants ?? []}
            onChange={(participants) => set('participants', participants)}
            errorsFor={errorsFor}
          />
          <TextAreaField
            id="objectives"
            label={t('deployments:field.objectives')}
            hint={t('deployments:form.objectivesHint')}
            rows={5}
            value={values.objectives ?? ''}
            onValueChange={(value) => set('objectives', value)}
            errors={errorsFor('objectives')}
          />
          <FieldsOfActionField
            values={values.fieldsOfAction ?? []}
            onChange={(fieldsOfAction) => set('fieldsOfAction', fieldsOfAction)}
            errors={errorsFor('fieldsOfAction')}
          />
          <TextAreaField
            id="summary"
            label={t('deployments:field.summary')}
            hint={t('deployments:form.summaryHint')}
            rows={6}
            value={values.summary ?? ''}
            onValueChange={(value) => set('summary', value)}
            errors={errorsFor('summary')}
          />
        </>
      )}
    </RecordFormFrame>
  );
}
