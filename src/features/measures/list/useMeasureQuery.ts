// The list's filters and sort order, kept in the URL query string (see measureFilter.ts).
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { parseMeasureQuery, serializeMeasureQuery, type MeasureQuery } from '../measureFilter';

/**
 * The current settings and a setter. Changes replace the history entry rather than adding one, so
 * Back leaves the list instead of stepping through every filter change.
 */
export function useMeasureQuery(): [MeasureQuery, (next: MeasureQuery) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const query = useMemo(() => parseMeasureQuery(search), [search]);
  const setQuery = useCallback(
    (next: MeasureQuery) => {
      const serialized = serializeMeasureQuery(next);
      navigate(serialized ? `${location}?${serialized}` : location, { replace: true });
    },
    [location, navigate],
  );
  return [query, setQuery];
}
