import { useTranslation } from 'react-i18next';
import type { FieldOfAction } from '../../domain';
import { Badge } from '../../ui/Badge';
import { useVocabLabel } from './useVocabOptions';

/** A record's fields of action as one row of a facts list (<dl>); nothing when there are none. */
export function FieldsOfActionFact({ values }: { values: readonly FieldOfAction[] }) {
  const { t } = useTranslation();
  const label = useVocabLabel();
  if (values.length === 0) return null;
  return (
    <>
      <dt>{t('common:fieldsOfAction')}</dt>
      <dd className="choices__options">
        {values.map((field) => (
          <Badge key={field}>{label('fieldOfAction', field)}</Badge>
        ))}
      </dd>
    </>
  );
}
