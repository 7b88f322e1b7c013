import { newItemId } from '../../domain';
import { TextAreaField } from '../../ui/TextAreaField';
import { ItemListEditor } from './ItemListEditor';
import { replaceAt } from './listItems';

/** An ordered list of short texts: agenda items, decisions. */
export function TextItemListEditor({
  id,
  legend,
  addLabel,
  itemLabel,
  items,
  onChange,
  errorsFor,
}: {
  id: string;
  legend: string;
  addLabel: string;
  /** The label of one item's text box. */
  itemLabel: (index: number) => string;
  items: readonly { id: string; text: string }[];
  onChange: (items: { id: string; text: string }[]) => void;
  errorsFor: (path: string) => string[];
}) {
  return (
    <ItemListEditor
      id={id}
      legend={legend}
      addLabel={addLabel}
      items={items}
      onChange={onChange}
      reorderable
      newItem={() => ({ id: newItemId(), text: '' })}
      renderItem={(item, index, fieldId) => (
        <TextAreaField
          id={fieldId('text')}
          label={itemLabel(index)}
          rows={2}
          value={item.text}
          onValueChange={(text) => onChange(replaceAt(items, index, { ...item, text }))}
          errors={errorsFor(`${id}.${index}.text`)}
          required
        />
      )}
    />
  );
}
