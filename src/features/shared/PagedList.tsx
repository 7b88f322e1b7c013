// A long list shown a page at a time: the first items at once, more on request. Only what is
// shown is rendered (and, for record lists, validated), so a log of thousands of entries renders
// no more than a short one. Screen readers hear each item's place in the whole list; "show more" moves
// the focus to the first newly shown item, so keyboard use continues where it stopped.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';

/** Items shown at first and added by each "show more". */
export const PAGE_SIZE = 20;

/** How far each list was opened in this session, so coming back to it shows as many again. */
const openedTo = new Map<string, number>();

export function PagedList<T>({
  items,
  memoryKey,
  label,
  itemKey,
  renderItem,
}: {
  items: readonly T[];
  /**
   * Names the list to remember how far it was opened, e.g. `log/<deployment id>`; without it,
   * the list starts again from its first page whenever it is shown anew.
   */
  memoryKey?: string | undefined;
  /** The list's accessible name, when the heading above does not give it one. */
  label?: string | undefined;
  itemKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const remembered = (key: string | undefined) =>
    (key === undefined ? undefined : openedTo.get(key)) ?? PAGE_SIZE;
  const [opened, setOpened] = useState(() => ({ key: memoryKey, count: remembered(memoryKey) }));
  // Another list in the same place (another deployment): start from what it remembers.
  const count = opened.key === memoryKey ? opened.count : remembered(memoryKey);
  const shown = items.slice(0, count);
  const rest = items.length - shown.length;
  const listRef = useRef<HTMLUListElement>(null);
  const focusAt = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAt.current;
    focusAt.current = null;
    if (index === null) return;
    const item = listRef.current?.children[index];
    if (!(item instanceof HTMLElement)) return;
    const target = item.querySelector<HTMLElement>('a[href], button, input, select, textarea');
    (target ?? item).focus();
  }, [count]);

  const showMore = () => {
    const next = count + PAGE_SIZE;
    if (memoryKey !== undefined) openedTo.set(memoryKey, next);
    focusAt.current = shown.length;
    setOpened({ key: memoryKey, count: next });
  };

  const moreId = useId();
  return (
    <>
      <ul className="stack" aria-label={label} ref={listRef}>
        {shown.map((item, index) => (
          // tabIndex -1: the focus can land on an item without a control of its own.
          <li
            key={itemKey(item)}
            aria-setsize={items.length}
            aria-posinset={index + 1}
            tabIndex={-1}
          >
            {renderItem(item)}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <div className="paged-list__more">
          <p className="muted" id={moreId}>
            {t('common:list.shown', { shown: shown.length, count: items.length })}
          </p>
          <Button onClick={showMore} aria-describedby={moreId}>
            {t('common:list.showMore', { count: Math.min(rest, PAGE_SIZE) })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
