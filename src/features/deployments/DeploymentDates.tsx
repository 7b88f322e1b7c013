import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../domain';
import { useFormat } from '../../i18n';

/** The dates of a deployment as a range, or what is known of them. */
export function DeploymentDates({ deployment }: { deployment: Deployment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const start = format.date(deployment.startDate);
  const end = format.date(deployment.endDate);
  if (start && end) return <>{t('deployments:dates.range', { start, end })}</>;
  if (start) return <>{t('deployments:dates.from', { start })}</>;
  if (end) return <>{t('deployments:dates.until', { end })}</>;
  return <>{t('deployments:dates.open')}</>;
}
