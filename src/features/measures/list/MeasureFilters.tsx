import { useTranslation } from 'react-i18next';
import { FIELDS_OF_ACTION, MEASURE_SIDES, MEASURE_STATUSES, PRIORITIES } from '../../../domain';
import { SelectField, type SelectOption } from '../../../ui/SelectField';
import { useVocabOptions } from '../../shared/useVocabOptions';
import {
  MEASURE_SORTS,
  parseMeasureQuery,
  serializeMeasureQuery,
  type MeasureFilterName,
  type MeasureQuery,
  type MeasureSort,
} from '../measureFilter';
import '../measures.css';

/**
 * Set a filter from a select's value ('' = all). Going through the query-string parser keeps
 * unknown values out of the settings.
 */
function withFilter(query: MeasureQuery, name: MeasureFilterName, value: string): MeasureQuery {
  const candidate = { ...query, [name]: value === '' ? null : value } as MeasureQuery;
  return parseMeasureQuery(serializeMeasureQuery(candidate));
}

/** The filter and sort selects above the measure list. */
export function MeasureFilters({
  query,
  onChange,
}: {
  query: MeasureQuery;
  onChange: (next: MeasureQuery) => void;
}) {
  const { t } = useTranslation();
  const all: SelectOption = { value: '', label: t('measures:filter.all') };
  const filters: { name: MeasureFilterName; label: string; options: SelectOption[] }[] = [
    {
      name: 'fieldOfAction',
      label: t('measures:fields.fieldOfAction'),
      options: useVocabOptions('fieldOfAction', FIELDS_OF_ACTION),
    },
    {
      name: 'status',
      label: t('measures:fields.status'),
      options: useVocabOptions('measureStatus', MEASURE_STATUSES),
    },
    {
      name: 'side',
      label: t('measures:filter.side'),
      options: useVocabOptions('measureSide', MEASURE_SIDES),
    },
    {
      name: 'priority',
      label: t('measures:fields.priority'),
      options: useVocabOptions('priority', PRIORITIES),
    },
  ];
  const sortOptions = MEASURE_SORTS.map((value) => ({
    value,
    label: t(`measures:sort.${value}`),
  }));
  return (
    <div className="measure-filters" role="group" aria-label={t('measures:filter.label')}>
      {filters.map((filter) => (
        <SelectField
          key={filter.name}
          id={`filter-${filter.name}`}
          label={filter.label}
          value={query[filter.name] ?? ''}
          options={[all, ...filter.options]}
          onValueChange={(value) => onChange(withFilter(query, filter.name, value))}
        />
      ))}
      <SelectField
        id="sort"
        label={t('measures:sort.label')}
        value={query.sort}
        options={sortOptions}
        onValueChange={(value) => onChange({ ...query, sort: value as MeasureSort })}
      />
    </div>
  );
}
