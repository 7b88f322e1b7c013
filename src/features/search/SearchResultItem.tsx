import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { HighlightedText } from './HighlightedText';
import { recordPath } from '../shared/recordPath';
import type { SearchHit } from './searchRecords';

/** One found record: its title, the partnership it belongs to and where the words occur. */
export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const partnershipTitleOf = usePartnershipTitleOf();
  const { record, partnership } = hit;
  const fallbackTitle =
    record.type === 'programme'
      ? t('search:programmeTitle', { phase: record.phase })
      : t('search:untitled');
  return (
    <Link href={recordPath(record)} className="card">
      <p className="card__title" lang={record.lang} dir="auto">
        {hit.title.length > 0 ? <HighlightedText pieces={hit.title} /> : fallbackTitle}
      </p>
      {partnership && record.type !== 'partnership' ? (
        <p className="card__meta" lang={partnership.lang} dir="auto">
          {partnershipTitleOf(partnership)}
        </p>
      ) : null}
      {hit.snippet ? (
        <p className="search-result__snippet" lang={record.lang} dir="auto">
          <HighlightedText pieces={hit.snippet} />
        </p>
      ) : null}
    </Link>
  );
}
