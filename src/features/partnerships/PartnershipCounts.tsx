import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Section } from '../../ui/Section';
import { paths } from '../shared/paths';
import type { PartnershipCounts as Counts } from './partnershipSummary';
import './partnerships.css';

/** How much there is in the partnership, each number leading to its list. */
export function PartnershipCounts({
  partnershipId,
  counts,
}: {
  partnershipId: string;
  counts: Counts;
}) {
  const { t } = useTranslation();
  const tiles = [
    {
      key: 'deployments',
      href: paths.deployments(partnershipId),
      text: t('partnerships:home.counts.deployments', { count: counts.deployments }),
    },
    {
      key: 'logEntries',
      href: paths.deployments(partnershipId),
      text: t('partnerships:home.counts.logEntries', { count: counts.logEntries }),
    },
    {
      key: 'meetings',
      href: paths.meetings(partnershipId),
      text: t('partnerships:home.counts.meetings', { count: counts.meetings }),
    },
    {
      key: 'measures',
      href: paths.measures(partnershipId),
      text: t('partnerships:home.counts.measures', { count: counts.measures }),
      detail: t('partnerships:home.counts.measuresAgreed', { count: counts.measuresAgreed }),
    },
    {
      key: 'openTasks',
      href: paths.followUps(partnershipId),
      text: t('partnerships:home.counts.openTasks', { count: counts.openTasks }),
    },
  ];
  return (
    <Section id="partnership-counts" title={t('partnerships:home.countsTitle')}>
      <ul className="partnership-counts">
        {tiles.map((tile) => (
          <li key={tile.key}>
            <Link href={tile.href} className="card">
              <span className="partnership-counts__text">{tile.text}</span>
              {tile.detail ? (
                <>
                  {/* The space keeps the two parts apart in the link's accessible name. */}{' '}
                  <span className="card__meta">{tile.detail}</span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
