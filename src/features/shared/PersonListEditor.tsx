import { useTranslation } from 'react-i18next';
import { newItemId } from '../../domain';
import { TextField } from '../../ui/TextField';
import { ItemListEditor } from './ItemListEditor';
import { replaceAt } from './listItems';

export interface PersonInput {
  id: string;
  name: string;
  role?: string | undefined;
  organisation?: string | undefined;
}

/** Participants of a deployment or meeting: name, role, organisation. */
export function PersonListEditor({
  id,
  legend,
  addLabel,
  items,
  onChange,
  errorsFor,
}: {
  id: string;
  legend: string;
  addLabel: string;
  items: readonly PersonInput[];
  onChange: (items: PersonInput[]) => void;
  errorsFor: (path: string) => string[];
}) {
  const { t } = useTranslation();
  return (
    <ItemListEditor
      id={id}
      legend={legend}
      addLabel={addLabel}
      items={items}
      onChange={onChange}
      newItem={() => ({ id: newItemId(), name: '', role: '', organisation: '' })}
      renderItem={(item, index, fieldId) => {
        const update = (patch: Partial<PersonInput>) =>
          onChange(replaceAt(items, index, { ...item, ...patch }));
        return (
          <>
            <TextField
              id={fieldId('name')}
              label={t('common:person.name')}
              value={item.name}
              onValueChange={(name) => update({ name })}
              errors={errorsFor(`${id}.${index}.name`)}
              required
            />
            <TextField
              id={fieldId('role')}
              label={t('common:person.role')}
              value={item.role ?? ''}
              onValueChange={(role) => update({ role })}
            />
            <TextField
              id={fieldId('organisation')}
              label={t('common:person.organisation')}
              value={item.organisation ?? ''}
              onValueChange={(organisation) => update({ organisation })}
            />
          </>
        );
      }}
    />
  );
}
