import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRecordRows, type StoredRow } from '../../db';
import type { Measure } from '../../domain';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { LoadedRow } from '../shared/LoadedRow';
import { Loading } from '../shared/Loading';
import { PagedList } from '../shared/PagedList';
import { useLiveRows } from '../shared/useLiveRows';
import { paths } from '../shared/paths';
import { usePartnershipTitle } from '../shared/usePartnershipTitle';
import { MeasureCard } from './list/MeasureCard';
import { MeasureFilters } from './list/MeasureFilters';
import { measureListItems } from './list/measureRows';
import { useMeasureQuery } from './list/useMeasureQuery';
import { applyMeasureQuery, hasActiveFilters, withoutFilters } from './measureFilter';

const rowKey = (row: StoredRow) => row.id;
const renderRow = (row: StoredRow) => (
  <LoadedRow<Measure> row={row}>{(measure) => <MeasureCard measure={measure} />}</LoadedRow>
);

/**
 * `/p/:pid/measures`: the partnership's measures, filtered and sorted as the URL says. Sorting
 * and filtering read only the list's fields of each row; the cards are shown a page at a time.
 */
export function MeasureListScreen({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const partnershipTitle = usePartnershipTitle(partnershipId);
  const rows = useLiveRows(`measure-list/${partnershipId}`, 'measure', () =>
    listRecordRows('measure', partnershipId),
  );
  const [query, setQuery] = useMeasureQuery();
  const locale = i18n.language || 'de';

  const { count, listed, shownCount } = useMemo(() => {
    const { items, broken } = measureListItems(rows ?? []);
    const shown = applyMeasureQuery(items, query, locale);
    // Broken rows stay listed after the measures, whatever the filters, so none is overlooked.
    return {
      count: items.length,
      listed: [...shown.map((item) => item.row), ...broken],
      shownCount: shown.length,
    };
  }, [rows, query, locale]);

  const newButton = (
    <Link href={paths.newMeasure(partnershipId)} className="button button--primary">
      {t('measures:list.new')}
    </Link>
  );
  const header = (
    <PageHeader title={t('measures:list.title')} context={partnershipTitle} actions={newButton} />
  );
  if (rows === undefined) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (rows.length === 0) {
    return (
      <>
        {header}
        <EmptyState title={t('measures:list.empty')}>
          <p>{t('measures:list.emptyHint')}</p>
          {newButton}
        </EmptyState>
      </>
    );
  }

  const filtered = hasActiveFilters(query);
  const resetButton = filtered ? (
    <Button variant="ghost" onClick={() => setQuery(withoutFilters(query))}>
      {t('measures:filter.reset')}
    </Button>
  ) : null;
  return (
    <>
      {header}
      {count > 0 ? (
        <>
          <MeasureFilters query={query} onChange={setQuery} />
          <div className="measure-list__summary">
            <p role="status">
              {filtered
                ? t('measures:list.countFiltered', { count, shown: shownCount })
                : t('measures:list.count', { count })}
            </p>
            {shownCount > 0 ? resetButton : null}
          </div>
        </>
      ) : null}
      {count > 0 && shownCount === 0 ? (
        <EmptyState title={t('measures:list.noMatch')}>{resetButton}</EmptyState>
      ) : null}
      {listed.length > 0 ? (
        <PagedList
          items={listed}
          memoryKey={`measure-list/${partnershipId}`}
          label={t('measures:list.title')}
          itemKey={rowKey}
          renderItem={renderRow}
        />
      ) : null}
    </>
  );
}
