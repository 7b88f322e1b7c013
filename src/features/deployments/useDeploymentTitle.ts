// "Entsendung 2 · nach Deutschland": how a deployment is named in lists, headers and links.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../domain';

export function useDeploymentTitle(): (
  deployment: Pick<Deployment, 'number' | 'direction'>,
) => string {
  const { t } = useTranslation();
  return useCallback(
    (deployment) => t(`deployments:title.${deployment.direction}`, { number: deployment.number }),
    [t],
  );
}
