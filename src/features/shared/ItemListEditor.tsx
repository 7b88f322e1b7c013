import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { move, removeAt } from './listItems';

export interface ItemListEditorProps<T extends { id: string }> {
  /** Used for element ids: `<id>-<index>-<field>`, matching validation paths like `followUps.0.text`. */
  id: string;
  legend: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  newItem: () => T;
  addLabel: string;
  /** Edit one item; `fieldId(name)` gives the element id for one of its fields. */
  renderItem: (item: T, index: number, fieldId: (name: string) => string) => ReactNode;
  reorderable?: boolean;
}

/** Where the keyboard focus goes after the list changed: a new item's first field, or the add button. */
type FocusTarget = { kind: 'item'; index: number } | { kind: 'add' } | null;

/**
 * A list of small items inside a record (follow-ups, participants, indicators …): add, edit, remove
 * and, where the order matters, move up and down with buttons (keyboard and screen-reader friendly:
 * every button names its item, and focus never falls back to the top of the page).
 */
export function ItemListEditor<T extends { id: string }>({
  id,
  legend,
  items,
  onChange,
  newItem,
  addLabel,
  renderItem,
  reorderable = false,
}: ItemListEditorProps<T>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLFieldSetElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);

  useEffect(() => {
    const list = listRef.current;
    if (!focusTarget || !list) return;
    const element =
      focusTarget.kind === 'add'
        ? list.querySelector<HTMLElement>('[data-item-add]')
        : list.querySelector<HTMLElement>(
            `[data-item-index="${focusTarget.index}"] :is(input, textarea, select)`,
          );
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget, items]);

  const label = (action: 'moveUp' | 'moveDown' | 'remove', index: number) =>
    t(`common:items.${action}`, { number: index + 1, list: legend });

  return (
    <fieldset className="choices" id={id} ref={listRef}>
      <legend className="field__label">{legend}</legend>
      {items.length > 0 ? (
        <ol className="item-list">
          {items.map((item, index) => (
            <li key={item.id} className="item-editor" data-item-index={index}>
              {renderItem(item, index, (name) => `${id}-${index}-${name}`)}
              <div className="button-row">
                {reorderable ? (
                  <>
                    <Button
                      variant="ghost"
                      disabled={index === 0}
                      aria-label={label('moveUp', index)}
                      onClick={() => onChange(move(items, index, -1))}
                    >
                      {t('common:actions.moveUp')}
                    </Button>
                    <Button
                      variant="ghost"
                      disabled={index === items.length - 1}
                      aria-label={label('moveDown', index)}
                      onClick={() => onChange(move(items, index, 1))}
                    >
                      {t('common:actions.moveDown')}
                    </Button>
                  </>
                ) : null}
                <Button
                  variant="danger"
                  aria-label={label('remove', index)}
                  onClick={() => {
                    onChange(removeAt(items, index));
                    setFocusTarget(
                      items.length > 1
                        ? { kind: 'item', index: Math.max(0, index - 1) }
                        : { kind: 'add' },
                    );
                  }}
                >
                  {t('common:actions.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <Button
        data-item-add=""
        onClick={() => {
          onChange([...items, newItem()]);
          setFocusTarget({ kind: 'item', index: items.length });
        }}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}
