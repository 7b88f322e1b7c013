import { useTranslation } from 'react-i18next';
import { newItemId } from '../../domain';
import { CheckboxField } from '../../ui/CheckboxField';
import { TextField } from '../../ui/TextField';
import { ItemListEditor } from './ItemListEditor';
import { replaceAt } from './listItems';

export interface TaskInput {
  id: string;
  text: string;
  owner?: string | undefined;
  dueDate?: string | null | undefined;
  done?: boolean | undefined;
}

export interface TaskListEditorProps {
  /** The record field, e.g. `followUps` or `actionItems`; also the base of element ids. */
  id: string;
  legend: string;
  addLabel: string;
  items: readonly TaskInput[];
  onChange: (items: TaskInput[]) => void;
  errorsFor: (path: string) => string[];
}

/** Follow-ups and action items: what, who, by when, done. */
export function TaskListEditor({
  id,
  legend,
  addLabel,
  items,
  onChange,
  errorsFor,
}: TaskListEditorProps) {
  const { t } = useTranslation();
  return (
    <ItemListEditor
      id={id}
      legend={legend}
      addLabel={addLabel}
      items={items}
      onChange={onChange}
      newItem={() => ({ id: newItemId(), text: '', owner: '', dueDate: null, done: false })}
      renderItem={(item, index, fieldId) => {
        const update = (patch: Partial<TaskInput>) =>
          onChange(replaceAt(items, index, { ...item, ...patch }));
        return (
          <>
            <TextField
              id={fieldId('text')}
              label={t('common:task.text')}
              value={item.text}
              onValueChange={(text) => update({ text })}
              errors={errorsFor(`${id}.${index}.text`)}
              required
            />
            <TextField
              id={fieldId('owner')}
              label={t('common:task.owner')}
              value={item.owner ?? ''}
              onValueChange={(owner) => update({ owner })}
              errors={errorsFor(`${id}.${index}.owner`)}
            />
            <TextField
              id={fieldId('dueDate')}
              type="date"
              label={t('common:task.dueDate')}
              value={item.dueDate ?? ''}
              onValueChange={(dueDate) => update({ dueDate: dueDate || null })}
              errors={errorsFor(`${id}.${index}.dueDate`)}
            />
            <CheckboxField
              id={fieldId('done')}
              label={t('common:task.done')}
              checked={item.done ?? false}
              onCheckedChange={(done) => update({ done })}
            />
          </>
        );
      }}
    />
  );
}
