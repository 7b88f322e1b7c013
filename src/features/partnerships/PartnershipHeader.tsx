import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../domain';
import { useFormat } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { PartnershipStatusBadge } from './PartnershipStatusBadge';
import { usePartnershipPhase } from './usePartnershipPhase';

/** The title of a partnership's home: both municipalities, the country, phase, status, languages. */
export function PartnershipHeader({ partnership }: { partnership: Partnership }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const titleOf = usePartnershipTitleOf();
  const phaseOf = usePartnershipPhase();
  const languages = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    partnership.workingLanguages.map((code) => format.language(code)),
  );
  return (
    <>
      <PageHeader
        title={titleOf(partnership)}
        context={format.country(partnership.partnerCountry)}
      />
      <dl className="facts">
        <dt>{t('partnerships:home.phase')}</dt>
        <dd>{phaseOf(partnership)}</dd>
        <dt>{t('partnerships:home.status')}</dt>
        <dd>
          <PartnershipStatusBadge status={partnership.status} />
        </dd>
        {languages ? (
          <>
            <dt>{t('partnerships:home.workingLanguages')}</dt>
            <dd>{languages}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
