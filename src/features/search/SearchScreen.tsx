// Search across every partnership on the device. The query lives in the URL (?q=…), so back,
// reload and shared links keep it. Results follow the typing: the device's records are prepared
// once (searchIndex.ts), so each query only compares strings; the results render as a deferred
// update, so the field never waits for them.
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { useVisiblePartnerships } from '../account/useVisiblePartnerships';
import { paths } from '../shared/paths';
import { SearchResults } from './SearchResults';
import { useSearchIndex } from './searchIndex';
import { findMatches } from './searchRecords';
import './search.css';

export function SearchScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const shownQuery = useDeferredValue(query);
  const index = useSearchIndex();
  const visibility = useVisiblePartnerships();
  // Only the partnerships this person may see, as in the partnership list. As a string, so the
  // search below runs again only when the set itself changes.
  const shownPartnerships =
    index && visibility
      ? [...index.partnershipRows.values()]
          .filter((item) => visibility.isVisible(item))
          .map((item) => item.id)
          .sort()
          .join(' ')
      : undefined;
  const groups = useMemo(() => {
    if (!index || shownPartnerships === undefined) return undefined;
    const shown = new Set(shownPartnerships.split(' '));
    return findMatches(index.records.values(), shownQuery, (entry) =>
      shown.has(entry.record.partnershipId),
    );
  }, [index, shownPartnerships, shownQuery]);

  return (
    <>
      <PageHeader title={t('search:title')} />
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          id="search-query"
          type="search"
          label={t('search:label')}
          value={query}
          onValueChange={(value) => navigate(paths.search(value), { replace: true })}
          autoFocus
          autoComplete="off"
          enterKeyHint="search"
        />
      </form>
      {/* A new query starts with every group folded to its first hits again. */}
      <SearchResults
        key={shownQuery}
        query={shownQuery}
        groups={groups}
        partnerships={index?.partnerships}
      />
    </>
  );
}
