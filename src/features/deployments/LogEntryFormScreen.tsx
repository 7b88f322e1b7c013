import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deployment, FieldsInput } from '../../domain';
import { storedToDateTimeInput, toDateTimeInput } from '../shared/dates';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { recordFields } from '../shared/recordFields';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { LogEntryForm } from './LogEntryForm';
import { useDeploymentTitle } from './useDeploymentTitle';

/** Write a new entry in a deployment's log, or edit one. */
export function LogEntryFormScreen({
  partnershipId,
  deploymentId,
  logEntryId,
}: {
  partnershipId: string;
  deploymentId: string;
  logEntryId?: string | undefined;
}) {
  const { t } = useTranslation();
  const deployment = useLoadedRecord('deployment', deploymentId, partnershipId);
  const title = logEntryId ? t('deployments:logForm.editTitle') : t('deployments:logForm.newTitle');
  // An entry needs its deployment: without it the entry could never be found again.
  if (!deployment?.ok) return <RecordUnavailable title={title} loaded={deployment} />;
  return logEntryId ? (
    <EditLogEntry
      title={title}
      partnershipId={partnershipId}
      deployment={deployment.record}
      logEntryId={logEntryId}
    />
  ) : (
    <NewLogEntry title={title} partnershipId={partnershipId} deployment={deployment.record} />
  );
}

interface Props {
  title: string;
  partnershipId: string;
  deployment: Deployment;
}

function NewLogEntry({ title, partnershipId, deployment }: Props) {
  const titleOf = useDeploymentTitle();
  // The time of opening the form: most entries are written as things happen.
  const [initial] = useState<FieldsInput<'logEntry'>>(() => ({
    deploymentId: deployment.id,
    occurredAt: toDateTimeInput(new Date()),
    place: '',
    location: null,
    kind: 'observation',
    title: '',
    notes: '',
    peopleMet: '',
    followUps: [],
    fieldsOfAction: [],
    measureIds: [],
  }));
  return (
    <LogEntryForm
      title={title}
      context={titleOf(deployment)}
      partnershipId={partnershipId}
      deploymentId={deployment.id}
      route={paths.newLogEntry(partnershipId, deployment.id)}
      initial={initial}
      cancelPath={paths.deployment(partnershipId, deployment.id)}
    />
  );
}

function EditLogEntry({
  title,
  partnershipId,
  deployment,
  logEntryId,
}: Props & { logEntryId: string }) {
  const titleOf = useDeploymentTitle();
  const loaded = useLoadedRecord('logEntry', logEntryId, partnershipId);
  const record = loaded?.ok ? loaded.record : undefined;
  const initial = useMemo(
    () =>
      record
        ? {
            ...recordFields('logEntry', record),
            occurredAt: storedToDateTimeInput(record.occurredAt),
          }
        : undefined,
    [record],
  );
  if (!record || !initial) return <RecordUnavailable title={title} loaded={loaded} />;
  return (
    <LogEntryForm
      title={title}
      context={titleOf(deployment)}
      partnershipId={partnershipId}
      deploymentId={deployment.id}
      logEntryId={logEntryId}
      route={paths.editLogEntry(partnershipId, deployment.id, logEntryId)}
      initial={initial}
      lang={record.lang}
      cancelPath={paths.logEntry(partnershipId, deployment.id, logEntryId)}
    />
  );
}
