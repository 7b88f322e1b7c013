import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../domain';
import { PagedList } from '../shared/PagedList';
import { SearchResultItem } from './SearchResultItem';
import { queryWords, toHit, type IndexedRecord, type MatchGroup } from './searchRecords';

const entryKey = (entry: IndexedRecord) => entry.record.id;
const noPartnerships: ReadonlyMap<string, Partnership> = new Map();

/**
 * The outcome of a search: a hint, a "nothing found", or the hits grouped by record type. Long
 * groups show their first hits and more on request; marked titles and snippets are made only for
 * the hits shown.
 */
export function SearchResults({
  query,
  groups,
  partnerships = noPartnerships,
}: {
  query: string;
  groups: readonly MatchGroup[] | undefined;
  partnerships?: ReadonlyMap<string, Partnership> | undefined;
}) {
  const { t } = useTranslation();
  const words = queryWords(query);
  const total = groups?.reduce((sum, group) => sum + group.matches.length, 0) ?? 0;
  let summary: string;
  if (words.length === 0) summary = t('search:hint');
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
        return (
          <section key={group.type} className="section" aria-labelledby={headingId}>
            <h2 id={headingId}>
              {t(`search:group.${group.type}`, { count: group.matches.length })}
            </h2>
            <PagedList
              items={group.matches}
              itemKey={entryKey}
              renderItem={(entry) => (
                <SearchResultItem hit={toHit(entry.record, words, partnerships)} />
              )}
            />
          </section>
        );
      })}
    </>
  );
}
