import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELDS_OF_ACTION, newItemId, type FieldOfAction } from '../../domain';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { move, removeAt, replaceAt } from '../shared/listItems';
import { useVocabLabel, useVocabOptions } from '../shared/useVocabOptions';
import { useFocusAfterChange } from './useFocusAfterChange';

export interface FieldGoalInput {
  fieldOfAction: FieldOfAction;
  goals?: string | undefined;
}

/**
 * The programme's fields of action with their strategic goals, each field at most once, in an
 * order the partners choose. The items carry no id of their own, so the editor keeps React keys
 * beside them; they are not stored.
 */
export function FieldGoalsEditor({
  items,
  onChange,
  errorsFor,
}: {
  items: readonly FieldGoalInput[];
  onChange: (items: FieldGoalInput[]) => void;
  errorsFor: (path: string) => string[];
}) {
  const { t } = useTranslation();
  const vocab = useVocabLabel();
  const allOptions = useVocabOptions('fieldOfAction', FIELDS_OF_ACTION);
  const [keys, setKeys] = useState<string[]>(() => items.map(() => newItemId()));
  // The items were replaced from outside (a discarded draft): start with fresh keys.
  if (keys.length !== items.length) setKeys(items.map(() => newItemId()));
  const focusAfter = useFocusAfterChange(keys.join(' '));
  const used = new Set(items.map((item) => item.fieldOfAction));
  const unused = FIELDS_OF_ACTION.find((field) => !used.has(field));

  const moveItem = (index: number, offset: -1 | 1) => {
    const [same, other] = offset < 0 ? ['up', 'down'] : ['down', 'up'];
    focusAfter([`fieldGoals-${index + offset}-${same}`, `fieldGoals-${index + offset}-${other}`]);
    onChange(move(items, index, offset));
    setKeys(move(keys, index, offset));
  };

  return (
    <fieldset className="choices" id="fieldGoals">
      <legend className="field__label">{t('programme:fields.title')}</legend>
      {items.map((item, index) => {
        const id = (name: string) => `fieldGoals-${index}-${name}`;
        const field = vocab('fieldOfAction', item.fieldOfAction);
        const options = allOptions.filter(
          (option) =>
            option.value === item.fieldOfAction || !used.has(option.value as FieldOfAction),
        );
        return (
          <div key={keys[index] ?? index} className="item-editor">
            <SelectField
              id={id('fieldOfAction')}
              label={t('programme:form.fieldOfAction')}
              value={item.fieldOfAction}
              options={options}
              onValueChange={(value) =>
                onChange(
                  replaceAt(items, index, { ...item, fieldOfAction: value as FieldOfAction }),
                )
              }
              errors={errorsFor(`fieldGoals.${index}.fieldOfAction`)}
            />
            <TextAreaField
              id={id('goals')}
              label={t('programme:form.goals')}
              hint={t('programme:form.goalsHint')}
              rows={4}
              value={item.goals ?? ''}
              onValueChange={(goals) => onChange(replaceAt(items, index, { ...item, goals }))}
              errors={errorsFor(`fieldGoals.${index}.goals`)}
            />
            <div className="button-row">
              <Button
                id={id('up')}
                variant="ghost"
                disabled={index === 0}
                aria-label={t('programme:order.moveUpLabel', { title: field })}
                onClick={() => moveItem(index, -1)}
              >
                {t('common:actions.moveUp')}
              </Button>
              <Button
                id={id('down')}
                variant="ghost"
                disabled={index === items.length - 1}
                aria-label={t('programme:order.moveDownLabel', { title: field })}
                onClick={() => moveItem(index, 1)}
              >
                {t('common:actions.moveDown')}
              </Button>
              <Button
                variant="danger"
                aria-label={t('programme:form.removeFieldLabel', { field })}
                onClick={() => {
                  onChange(removeAt(items, index));
                  setKeys(removeAt(keys, index));
                }}
              >
                {t('common:actions.remove')}
              </Button>
            </div>
          </div>
        );
      })}
      <Button
        disabled={!unused}
        onClick={() => {
          if (!unused) return;
          focusAfter([`fieldGoals-${items.length}-fieldOfAction`]);
          onChange([...items, { fieldOfAction: unused, goals: '' }]);
          setKeys([...keys, newItemId()]);
        }}
      >
        {t('programme:form.addField')}
      </Button>
    </fieldset>
  );
}
