import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { getRecord } from '../../db';
import { recordTitle, recordTypeOf } from '../../domain';

/** The title of a record another record points to, or its id when it is not on this device. */
export function RecordReference({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useLiveQuery(async () => (await getRecord(id)) ?? null, [id]);
  const type = recordTypeOf(id);
  const title = loaded?.ok ? recordTitle(loaded.record) : '';
  if (title) {
    return (
      <span dir="auto" lang={loaded?.ok ? loaded.record.lang : undefined}>
        {title}
      </span>
    );
  }
  return (
    <span>
      {type ? t(`conflicts:type.${type}`) : null} <code>{id}</code>
    </span>
  );
}
