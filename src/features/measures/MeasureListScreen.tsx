import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRecords, validRecords } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { brokenRecords } from '../shared/brokenRecords';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { usePartnershipTitle } from '../shared/usePartnershipTitle';
import { MeasureCard } from './list/MeasureCard';
import { MeasureFilters } from './list/MeasureFilters';
import { useMeasureQuery } from './list/useMeasureQuery';
import { applyMeasureQuery, hasActiveFilters, withoutFilters } from './measureFilter';

/** `/p/:pid/measures`: the partnership's measures, filtered and sorted as the URL says. */
export function MeasureListScreen({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const partnershipTitle = usePartnershipTitle(partnershipId);
  const loaded = useLiveQuery(() => listRecords('measure', partnershipId), [partnershipId]);
  const [query, setQuery] = useMeasureQuery();
  const locale = i18n.language || 'de';

  const { all, shown, broken } = useMemo(() => {
    const valid = validRecords(loaded ?? []);
    return {
      all: valid,
      shown: applyMeasureQuery(valid, query, locale),
      broken: brokenRecords(loaded ?? []),
    };
  }, [loaded, query, locale]);

  const newButton = (
    <Link href={paths.newMeasure(partnershipId)} className="button button--primary">
      {t('measures:list.new')}
    </Link>
  );
  const header = (
    <PageHeader title={t('measures:list.title')} context={partnershipTitle} actions={newButton} />
  );
  if (loaded === undefined) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (loaded.length === 0) {
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
      {all.length > 0 ? (
        <>
          <MeasureFilters query={query} onChange={setQuery} />
          <div className="measure-list__summary">
            <p role="status">
              {filtered
                ? t('measures:list.countFiltered', { count: all.length, shown: shown.length })
                : t('measures:list.count', { count: all.length })}
            </p>
            {shown.length > 0 ? resetButton : null}
          </div>
        </>
      ) : null}
      {all.length > 0 && shown.length === 0 ? (
        <EmptyState title={t('measures:list.noMatch')}>{resetButton}</EmptyState>
      ) : null}
      {shown.length > 0 || broken.length > 0 ? (
        <ul className="stack" aria-label={t('measures:list.title')}>
          {shown.map((measure) => (
            <li key={measure.id}>
              <MeasureCard measure={measure} />
            </li>
          ))}
          {broken.map((item) => (
            <li key={item.id}>
              <BrokenRecord id={item.id} errors={item.errors} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
