import { Link } from 'wouter';
import type { Partnership } from '../../domain';
import { useFormat } from '../../i18n';
import { paths } from '../shared/paths';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';
import { usePartnershipText } from './usePartnershipText';

/** One partnership in the list: both municipalities, the partner country, phase and status. */
export function PartnershipCard({ partnership }: { partnership: Partnership }) {
  const format = useFormat();
  const text = usePartnershipText();
  return (
    <Link href={paths.partnership(partnership.id)} className="card">
      <p className="card__title" dir="auto">
        {text.title(partnership)}
      </p>
      <p className="card__meta">
        <span>{format.country(partnership.partnerCountry)}</span>
        <span>{text.phase(partnership)}</span>
        <PartnershipStatusBadge status={partnership.status} />
      </p>
    </Link>
  );
}
