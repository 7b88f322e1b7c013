import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRecords, validRecords } from '../../db';
import type { DeploymentDirection, FieldsInput, Partnership } from '../../domain';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { recordFields } from '../shared/recordFields';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { DeploymentForm } from './DeploymentForm';

/** Where a deployment in this direction goes: the other municipality of the partnership. */
function destinationFor(partnership: Partnership | undefined, direction: DeploymentDirection) {
  if (!partnership) return '';
  return direction === 'toPartner'
    ? partnership.partnerMunicipality
    : partnership.germanMunicipality;
}

/** Plan a new deployment or edit one. */
export function DeploymentFormScreen({
  partnershipId,
  deploymentId,
}: {
  partnershipId: string;
  deploymentId?: string | undefined;
}) {
  return deploymentId ? (
    <EditDeployment partnershipId={partnershipId} deploymentId={deploymentId} />
  ) : (
    <NewDeployment partnershipId={partnershipId} />
  );
}

function NewDeployment({ partnershipId }: { partnershipId: string }) {
  const partnership = useLoadedRecord('partnership', partnershipId);
  const usedNumbers = useLiveQuery(
    async () =>
      validRecords(await listRecords('deployment', partnershipId)).map((d) => d.number as number),
    [partnershipId],
  );
  if (partnership === undefined || usedNumbers === undefined) return <Loading />;
  return (
    <NewDeploymentForm
      partnershipId={partnershipId}
      partnership={partnership?.ok ? partnership.record : undefined}
      usedNumbers={usedNumbers}
    />
  );
}

function NewDeploymentForm({
  partnershipId,
  partnership,
  usedNumbers,
}: {
  partnershipId: string;
  partnership: Partnership | undefined;
  usedNumbers: readonly number[];
}) {
  const { t } = useTranslation();
  // Made once: later changes elsewhere must not reset what the person is typing.
  const [initial] = useState<FieldsInput<'deployment'>>(() => ({
    // The next deployment of the phase is the first number not planned yet.
    number: ([1, 2, 3] as const).find((n) => !usedNumbers.includes(n)) ?? 1,
    direction: 'toPartner',
    destination: destinationFor(partnership, 'toPartner'),
    startDate: null,
    endDate: null,
    participants: [],
    objectives: '',
    fieldsOfAction: [],
    status: 'planned',
    summary: '',
  }));
  return (
    <DeploymentForm
      title={t('deployments:form.newTitle')}
      partnershipId={partnershipId}
      route={paths.newDeployment(partnershipId)}
      initial={initial}
      cancelPath={paths.deployments(partnershipId)}
      destinationFor={(direction) => destinationFor(partnership, direction)}
    />
  );
}

function EditDeployment({
  partnershipId,
  deploymentId,
}: {
  partnershipId: string;
  deploymentId: string;
}) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('deployment', deploymentId, partnershipId);
  const partnership = useLoadedRecord('partnership', partnershipId);
  const record = loaded?.ok ? loaded.record : undefined;
  const initial = useMemo(
    () => (record ? recordFields('deployment', record) : undefined),
    [record],
  );
  if (!record || !initial) {
    return <RecordUnavailable title={t('deployments:form.editTitle')} loaded={loaded} />;
  }
  return (
    <DeploymentForm
      title={t('deployments:form.editTitle')}
      partnershipId={partnershipId}
      deploymentId={deploymentId}
      route={paths.editDeployment(partnershipId, deploymentId)}
      initial={initial}
      lang={record.lang}
      cancelPath={paths.deployment(partnershipId, deploymentId)}
      destinationFor={(direction) =>
        destinationFor(partnership?.ok ? partnership.record : undefined, direction)
      }
    />
  );
}
