// The form that settles a conflict field by field. Nothing is stored until "Auflösen"; the result
// is the record's next version, pushed on top of the server's at the next sync.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { resolveConflict } from '../../db';
import type { AnyRecord, ValidationError } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { currentUser } from '../shared/sessionStore';
import { useWriteErrorText } from '../shared/useWriteErrorText';
import { ConflictFieldChoice, type Choice } from './ConflictFieldChoice';
import { conflictPaths } from './conflictPaths';
import { conflictedFields, type RecordConflict } from './conflictTypes';
import { isEditableText } from './fieldKinds';
import { MergedFields } from './MergedFields';
import { useFieldLabel } from './useFieldLabel';

type Values = Record<string, unknown>;

export function ConflictResolution({
  record,
  conflict,
}: {
  record: AnyRecord;
  conflict: RecordConflict & { remote: Values };
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const fieldLabel = useFieldLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const errorText = useWriteErrorText();
  const [saving, setSaving] = useState(false);

  const local = record as unknown as Values;
  const remote = conflict.remote;
  const fields = conflictedFields(conflict);
  const missing = fields.filter((field) => !choices[field]);

  const choose = (field: string, choice: Choice) => {
    setChoices((current) => ({ ...current, [field]: choice }));
    if (choice === 'edit' && texts[field] === undefined) {
      // Start from the version the person was looking at: the one picked before, else their own.
      const start = choices[field] === 'remote' ? remote[field] : local[field];
      setTexts((current) => ({ ...current, [field]: typeof start === 'string' ? start : '' }));
    }
  };

  const fieldErrors = (field: string): string[] => [
    ...(showMissing && !choices[field] ? [t('conflicts:resolve.choose')] : []),
    ...errors
      .filter((error) => error.path.split('.')[0] === field)
      .map((error) => t(error.key as 'validation:invalid')),
  ];
  const otherErrors = errors.filter((error) => !fields.includes(error.path.split('.')[0] ?? ''));

  const focusField = (field: string) =>
    formRef.current?.querySelector<HTMLElement>(`#conflict-${field} input`)?.focus();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaveError(null);
    if (missing.length > 0) {
      setShowMissing(true);
      focusField(missing[0] as string);
      return;
    }
    const resolved: Values = { ...local };
    for (const field of fields) {
      const choice = choices[field];
      resolved[field] =
        choice === 'edit' ? texts[field] : choice === 'remote' ? remote[field] : local[field];
    }
    setSaving(true);
    try {
      const result = await resolveConflict(record.id, resolved, currentUser());
      if (result.ok) {
        navigate(conflictPaths.list());
        return;
      }
      setErrors(result.errors);
      const first = result.errors.find((error) => fields.includes(error.path.split('.')[0] ?? ''));
      if (first) focusField(first.path.split('.')[0] as string);
    } catch (error) {
      console.error('Resolving the conflict failed', error);
      setSaveError(errorText(error, t('conflicts:resolve.failed')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)}>
      {fields.map((field) => (
        <ConflictFieldChoice
          key={field}
          type={record.type}
          field={field}
          label={fieldLabel(field)}
          lang={record.lang}
          local={{ value: local[field], by: record.updatedBy, at: record.updatedAt }}
          remote={{ value: remote[field], by: remote.updatedBy, at: remote.updatedAt }}
          editable={isEditableText(record.type, field)}
          choice={choices[field]}
          onChoice={(choice) => choose(field, choice)}
          text={texts[field] ?? ''}
          onText={(text) => setTexts((current) => ({ ...current, [field]: text }))}
          errors={fieldErrors(field)}
        />
      ))}
      <MergedFields record={record} exclude={fields} title={t('conflicts:resolve.merged')} />
      {showMissing && missing.length > 0 ? (
        <Notice tone="error">
          {t('conflicts:resolve.missingChoices', { count: missing.length })}
        </Notice>
      ) : null}
      {otherErrors.length > 0 ? (
        <Notice tone="error" title={t('conflicts:resolve.invalid')}>
          <ul>
            {otherErrors.map((error, index) => (
              <li key={`${error.path}-${index}`}>
                {error.path ? <code>{error.path}</code> : null}{' '}
                {t(error.key as 'validation:invalid')}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={saving}>
          {t('conflicts:resolve.submit')}
        </Button>
        <Link href={conflictPaths.list()} className="button">
          {t('common:actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
