import type { ReactNode } from 'react';
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

/**
 * A list of small items inside a record (follow-ups, participants, indicators …): add, edit, remove
 * and, where the order matters, move up and down with buttons (keyboard and screen-reader friendly).
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
  return (
    <fieldset className="choices" id={id}>
      <legend className="field__label">{legend}</legend>
      {items.map((item, index) => (
        <div key={item.id} className="item-editor">
          {renderItem(item, index, (name) => `${id}-${index}-${name}`)}
          <div className="button-row">
            {reorderable ? (
              <>
                <Button
                  variant="ghost"
                  disabled={index === 0}
                  onClick={() => onChange(move(items, index, -1))}
                >
                  {t('common:actions.moveUp')}
                </Button>
                <Button
                  variant="ghost"
                  disabled={index === items.length - 1}
                  onClick={() => onChange(move(items, index, 1))}
                >
                  {t('common:actions.moveDown')}
                </Button>
              </>
            ) : null}
            <Button variant="danger" onClick={() => onChange(removeAt(items, index))}>
              {t('common:actions.remove')}
            </Button>
          </div>
        </div>
      ))}
      <Button onClick={() => onChange([...items, newItem()])}>{addLabel}</Button>
    </fieldset>
  );
}
