import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../domain';
import { FieldsOfActionFact } from '../shared/FieldsOfActionFact';
import { useVocabLabel } from '../shared/useVocabOptions';
import { DeploymentDates } from './DeploymentDates';
import { DeploymentStatusBadge } from './DeploymentStatusBadge';

/** The key facts of a deployment at a glance. */
export function DeploymentFacts({ deployment }: { deployment: Deployment }) {
  const { t } = useTranslation();
  const label = useVocabLabel();
  return (
    <dl className="facts">
      <dt>{t('deployments:field.destination')}</dt>
      <dd dir="auto" lang={deployment.lang}>
        {deployment.destination}
      </dd>
      <dt>{t('deployments:field.direction')}</dt>
      <dd>{label('deploymentDirection', deployment.direction)}</dd>
      <dt>{t('deployments:field.dates')}</dt>
      <dd>
        <DeploymentDates deployment={deployment} />
      </dd>
      <dt>{t('deployments:field.status')}</dt>
      <dd>
        <DeploymentStatusBadge status={deployment.status} />
      </dd>
      <FieldsOfActionFact values={deployment.fieldsOfAction} />
    </dl>
  );
}
