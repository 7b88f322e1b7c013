import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Section } from '../../ui/Section';
import { paths } from '../shared/paths';
import type { PartnershipSummary } from './partnershipSummary';
import './partnerships.css';

/** The next things a person usually does in a partnership, one tap away. */
export function PartnershipQuickLinks({
  partnershipId,
  summary,
}: {
  partnershipId: string;
  summary: PartnershipSummary;
}) {
  const { t } = useTranslation();
  const current = summary.currentDeployment;
  return (
    <Section id="partnership-actions" title={t('partnerships:home.actions.title')}>
      <ul className="quick-links">
        <li>
          {current ? (
            <Link
              href={paths.newLogEntry(partnershipId, current.id)}
              className="button button--primary"
            >
              {t('partnerships:home.actions.newLogEntry', { number: current.number })}
            </Link>
          ) : (
            // Without a deployment under way, the person picks the deployment first.
            <Link href={paths.deployments(partnershipId)} className="button">
              {t('partnerships:home.actions.chooseDeployment')}
            </Link>
          )}
        </li>
        <li>
          <Link href={paths.newMeasure(partnershipId)} className="button">
            {t('partnerships:home.actions.newMeasure')}
          </Link>
        </li>
        <li>
          <Link href={paths.newMeeting(partnershipId)} className="button">
            {t('partnerships:home.actions.newMeeting')}
          </Link>
        </li>
        <li>
          <Link href={paths.programme(partnershipId)} className="button">
            {summary.hasProgramme
              ? t('partnerships:home.actions.programme')
              : t('partnerships:home.actions.startProgramme')}
          </Link>
        </li>
        <li>
          <Link href={paths.editPartnership(partnershipId)} className="button">
            {t('partnerships:home.actions.edit')}
          </Link>
        </li>
      </ul>
    </Section>
  );
}
