// Search across every partnership on the device. The query lives in the URL (?q=…), so back,
// reload and shared links keep it; results follow the typing after a short pause.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { listEveryRecord, validRecords } from '../../db';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { useVisiblePartnerships } from '../account/useVisiblePartnerships';
import { paths } from '../shared/paths';
import { SearchResults } from './SearchResults';
import { searchRecords } from './searchRecords';
import { useDebouncedValue } from './useDebouncedValue';
import './search.css';

const DEBOUNCE_MS = 150;

export function SearchScreen() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch()).get('q') ?? '';
  const settledQuery = useDebouncedValue(query, DEBOUNCE_MS);
  const loaded = useLiveQuery(() => listEveryRecord(), []);
  const visibility = useVisiblePartnerships();
  const groups = useMemo(() => {
    if (!loaded || !visibility) return undefined;
    // Only the partnerships this person may see, as in the partnership list.
    const shown = new Set(
      loaded
        .filter((item) =>
          item.ok ? item.record.type === 'partnership' : item.type === 'partnership',
        )
        .filter((item) => visibility.isVisible(item))
        .map((item) => item.id),
    );
    const records = validRecords(loaded).filter((record) => shown.has(record.partnershipId));
    return searchRecords(records, settledQuery);
  }, [loaded, visibility, settledQuery]);

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
      <SearchResults key={settledQuery} query={settledQuery} groups={groups} />
    </>
  );
}
