import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/TextAreaField';
import { FieldValue } from './FieldValue';
import { VersionAuthor } from './VersionAuthor';

export type Choice = 'local' | 'remote' | 'edit';

/** Who changed a version and when, as far as it says. */
export interface VersionInfo {
  by: unknown;
  at: unknown;
}

export interface ConflictFieldChoiceProps {
  type: string;
  field: string;
  label: string;
  lang: string;
  local: { value: unknown } & VersionInfo;
  remote: { value: unknown } & VersionInfo;
  /** Text fields may be rewritten; other fields are picked from one side. */
  editable: boolean;
  choice: Choice | undefined;
  onChoice: (choice: Choice) => void;
  text: string;
  onText: (text: string) => void;
  /** Translated problems with this field (no choice yet, an invalid value). */
  errors: readonly string[];
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/** One field both sides changed: the two versions side by side, and the person's choice. */
export function ConflictFieldChoice(props: ConflictFieldChoiceProps) {
  const { t } = useTranslation();
  const { field, choice, editable, errors } = props;
  const id = `conflict-${field}`;
  const options: { value: Choice; label: string }[] = [
    { value: 'local', label: t('conflicts:resolve.pickLocal') },
    { value: 'remote', label: t('conflicts:resolve.pickRemote') },
    ...(editable ? [{ value: 'edit' as const, label: t('conflicts:resolve.pickEdit') }] : []),
  ];

  return (
    <fieldset
      className={errors.length > 0 ? 'conflict-field field--invalid' : 'conflict-field'}
      id={id}
      aria-describedby={errors.length > 0 ? `${id}-error` : undefined}
    >
      <legend className="conflict-field__label">{props.label}</legend>
      <div className="conflict-field__versions">
        <div className="conflict-version conflict-version--local">
          <p className="conflict-version__title">{t('conflicts:resolve.local')}</p>
          <VersionAuthor by={props.local.by} at={props.local.at} />
          <FieldValue type={props.type} field={field} value={props.local.value} lang={props.lang} />
        </div>
        <div className="conflict-version conflict-version--remote">
          <p className="conflict-version__title">{t('conflicts:resolve.remote')}</p>
          <VersionAuthor by={props.remote.by} at={props.remote.at} />
          <FieldValue
            type={props.type}
            field={field}
            value={props.remote.value}
            lang={props.lang}
          />
        </div>
      </div>
      <div className="choices__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox" htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={choice === option.value}
              onChange={() => props.onChoice(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {choice === 'edit' ? (
        <>
          <TextAreaField
            id={`${id}-text`}
            label={t('conflicts:resolve.editLabel', { field: props.label })}
            value={props.text}
            onValueChange={props.onText}
            lang={props.lang}
            rows={5}
          />
          <div className="conflict-field__fill">
            <Button onClick={() => props.onText(asText(props.local.value))}>
              {t('conflicts:resolve.fillLocal')}
            </Button>
            <Button onClick={() => props.onText(asText(props.remote.value))}>
              {t('conflicts:resolve.fillRemote')}
            </Button>
          </div>
        </>
      ) : null}
      {errors.length > 0 ? (
        <ul id={`${id}-error`} className="field__errors" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
