import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { SearchResultItem } from './SearchResultItem';
import { queryWords, type SearchGroup, type SearchableType } from './searchRecords';

/** Long groups show this many hits until the person asks for all of them (slow phones). */
const FIRST_HITS = 20;

/** The outcome of a search: a hint, a "nothing found", or the hits grouped by record type. */
export function SearchResults({
  query,
  groups,
}: {
  query: string;
  groups: readonly SearchGroup[] | undefined;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<SearchableType>>(new Set());
  const total = groups?.reduce((sum, group) => sum + group.hits.length, 0) ?? 0;
  let summary: string;
  if (queryWords(query).length === 0) summary = t('search:hint');
  else if (!groups) summary = t('common:loading');
  else if (total === 0) summary = t('search:noResults', { query: query.trim() });
  else summary = t('search:resultCount', { count: total });

  return (
    <>
      <p className="muted" role="status">
        {summary}
      </p>
      {groups?.map((group) => {
        const headingId = `search-group-${group.type}`;
        const showAll = expanded.has(group.type) || group.hits.length <= FIRST_HITS;
        return (
          <section key={group.type} className="section" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(`search:group.${group.type}`, { count: group.hits.length })}</h2>
            <ul className="stack">
              {(showAll ? group.hits : group.hits.slice(0, FIRST_HITS)).map((hit) => (
                <SearchResultItem key={hit.record.id} hit={hit} />
              ))}
            </ul>
            {showAll ? null : (
              <Button
                className="search-results__more"
                onClick={() => setExpanded((previous) => new Set(previous).add(group.type))}
              >
                {t('search:showAll', { count: group.hits.length })}
              </Button>
            )}
          </section>
        );
      })}
    </>
  );
}
