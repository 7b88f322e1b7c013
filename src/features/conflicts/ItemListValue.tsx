import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { useVocabLabel } from '../shared/useVocabOptions';
import type { ItemListKind } from './fieldKinds';

type Item = Record<string, unknown>;

const text = (item: Item, key: string): string => {
  const value = item[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
};
const amount = (item: Item, key: string): number | null =>
  typeof item[key] === 'number' ? (item[key] as number) : null;

/** The items of a list field (tasks, people, indicators …) as short readable lines. */
export function ItemListValue({
  list,
  items,
  lang,
}: {
  list: ItemListKind;
  items: readonly unknown[];
  lang?: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useVocabLabel();

  const describe = (item: Item): { main: string; details: string[] } => {
    const due = text(item, 'dueDate')
      ? t('conflicts:value.due', { date: format.date(text(item, 'dueDate')) })
      : '';
    const done = item.done === true ? t('conflicts:value.done') : '';
    switch (list) {
      case 'people':
        return {
          main: text(item, 'name'),
          details: [text(item, 'role'), text(item, 'organisation')],
        };
      case 'tasks':
        return { main: text(item, 'text'), details: [text(item, 'owner'), due, done] };
      case 'textItems':
        return { main: text(item, 'text'), details: [] };
      case 'milestones':
        return { main: text(item, 'title'), details: [due, done] };
      case 'indicators': {
        const baseline = amount(item, 'baseline');
        const target = amount(item, 'target');
        return {
          main: text(item, 'name'),
          details: [
            text(item, 'unit'),
            baseline === null
              ? ''
              : t('conflicts:value.baseline', { value: format.number(baseline) }),
            target === null ? '' : t('conflicts:value.target', { value: format.number(target) }),
            text(item, 'targetYear')
              ? t('conflicts:value.targetYear', { year: text(item, 'targetYear') })
              : '',
          ],
        };
      }
      case 'resources': {
        const value = amount(item, 'amount');
        return {
          main:
            text(item, 'description') ||
            (text(item, 'kind') && label('resourceKind', text(item, 'kind'))),
          details: [
            text(item, 'kind') ? label('resourceKind', text(item, 'kind')) : '',
            value === null ? '' : format.money(value, text(item, 'currency') || 'EUR'),
            text(item, 'source') ? label('resourceSource', text(item, 'source')) : '',
          ],
        };
      }
      case 'fieldGoals':
        return {
          main: text(item, 'fieldOfAction')
            ? label('fieldOfAction', text(item, 'fieldOfAction'))
            : '',
          details: [text(item, 'goals')],
        };
    }
  };

  return (
    <ul className="conflict-items">
      {items.map((raw, index) => {
        const item =
          typeof raw === 'object' && raw !== null ? (raw as Item) : { text: String(raw) };
        const { main, details } = describe(item);
        const shown = details.filter(Boolean);
        return (
          <li key={text(item, 'id') || index}>
            <span dir="auto" lang={lang}>
              {main}
            </span>
            {shown.length > 0 ? (
              <span className="conflict-items__details user-text" dir="auto">
                {shown.join(' · ')}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
