import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { useVocabLabel, type VocabGroup } from '../shared/useVocabOptions';
import { fieldKind } from './fieldKinds';
import { ItemListValue } from './ItemListValue';
import { RecordReference } from './RecordReference';

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** A value whose shape this version does not expect: shown as it is, as plain text. */
function RawValue({ value }: { value: unknown }) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return <UserText as="pre" text={text ?? String(value)} />;
}

/**
 * One version of a record's field, readable: vocabulary names, formatted dates and numbers, the
 * items of a list as lines. Text a person wrote is plain text in its own language and direction.
 */
export function FieldValue({
  type,
  field,
  value,
  lang,
}: {
  type: string;
  field: string;
  value: unknown;
  lang?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();
  const vocab = (group: VocabGroup, code: unknown) =>
    (typeof code === 'string' || typeof code === 'number') && i18n.exists(`vocab:${group}.${code}`)
      ? label(group, code)
      : String(code);

  if (isEmpty(value)) return <p className="muted">{t('conflicts:value.empty')}</p>;
  const kind = fieldKind(type, field);
  const list = Array.isArray(value) ? (value as unknown[]) : null;
  const string = typeof value === 'string' ? value : null;

  switch (kind.kind) {
    case 'text':
      return string !== null ? <UserText text={string} lang={lang} /> : <RawValue value={value} />;
    case 'code':
      return <p>{vocab(kind.group, value)}</p>;
    case 'codes':
      if (!list) break;
      return (
        <ul className="conflict-items">
          {list.map((code) => (
            <li key={String(code)}>{vocab(kind.group, code)}</li>
          ))}
        </ul>
      );
    case 'date':
      if (string === null) break;
      return <p>{format.date(string)}</p>;
    case 'dateTime':
      if (string === null) break;
      return <p>{format.dateTime(string)}</p>;
    case 'number':
      if (typeof value !== 'number') break;
      return <p>{format.number(value)}</p>;
    case 'country':
      if (string === null) break;
      return <p>{format.country(string)}</p>;
    case 'language':
      if (string === null) break;
      return <p>{format.language(string)}</p>;
    case 'languages':
      if (!list) break;
      return <p>{list.map((code) => format.language(String(code))).join(', ')}</p>;
    case 'location': {
      const point = value as Record<string, unknown>;
      if (typeof point.latitude !== 'number' || typeof point.longitude !== 'number') break;
      return (
        <p>
          {t('conflicts:value.location', {
            latitude: format.number(point.latitude, 5),
            longitude: format.number(point.longitude, 5),
            accuracy: format.number(typeof point.accuracy === 'number' ? point.accuracy : null, 0),
          })}
        </p>
      );
    }
    case 'reference':
      if (string === null) break;
      return (
        <p>
          <RecordReference id={string} />
        </p>
      );
    case 'references':
      if (!list) break;
      return (
        <ul className="conflict-items">
          {list.map((id) => (
            <li key={String(id)}>
              <RecordReference id={String(id)} />
            </li>
          ))}
        </ul>
      );
    case 'items':
      if (!list) break;
      return <ItemListValue list={kind.list} items={list} lang={lang} />;
    case 'raw':
      break;
  }
  return <RawValue value={value} />;
}
