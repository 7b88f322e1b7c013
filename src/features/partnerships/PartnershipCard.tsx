import { Link } from 'wouter';
import type { Partnership } from '../../domain';
import { useFormat } from '../../i18n';
import { paths } from '../shared/paths';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';
import { usePartnershipPhase } from './usePartnershipPhase';

/** One partnership in the list: both municipalities, the partner country, phase and status. */
export function PartnershipCard({ partnership }: { partnership: Partnership }) {
  const format = useFormat();
  const titleOf = usePartnershipTitleOf();
  const phaseOf = usePartnershipPhase();
  return (
    <Link href={paths.partnership(partnership.id)} className="card">
      <p className="card__title" dir="auto">
        {titleOf(partnership)}
      </p>
      <p className="card__meta">
        <span>{format.country(partnership.partnerCountry)}</span>
        <span>{phaseOf(partnership)}</span>
        <PartnershipStatusBadge status={partnership.status} />
      </p>
    </Link>
  );
}
