import { useMemo, type ReactNode } from 'react';
import { loadRows, type StoredRow } from '../../db';
import { BrokenRecord } from './BrokenRecord';

/**
 * A stored row of a long list, validated when it is shown: the record through `children`, or the
 * broken-record notice in its place.
 */
export function LoadedRow<T extends object>({
  row,
  children,
}: {
  row: StoredRow;
  children: (record: T) => ReactNode;
}) {
  const loaded = useMemo(() => loadRows<T>([row])[0], [row]);
  if (!loaded) return null;
  return loaded.ok ? (
    children(loaded.record)
  ) : (
    <BrokenRecord id={loaded.id} errors={loaded.errors} />
  );
}
