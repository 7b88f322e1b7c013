import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldNames, type AnyRecord } from '../../domain';
import { FieldValue } from './FieldValue';
import { useFieldLabel } from './useFieldLabel';

/** The record's other fields, already merged, folded away: context for the decision. */
export function MergedFields({
  record,
  exclude,
  title,
}: {
  record: AnyRecord;
  exclude: readonly string[];
  title: string;
}) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const values = record as unknown as Record<string, unknown>;
  const fields = [...fieldNames(record.type), 'lang'].filter((field) => !exclude.includes(field));
  if (fields.length === 0) return null;
  return (
    <details className="conflict-merged">
      <summary>{title}</summary>
      <dl className="facts">
        {fields.map((field) => (
          <Fragment key={field}>
            <dt>{fieldLabel(field)}</dt>
            <dd>
              <FieldValue
                type={record.type}
                field={field}
                value={values[field]}
                lang={record.lang}
              />
            </dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted">{t('conflicts:resolve.mergedHint')}</p>
    </details>
  );
}
