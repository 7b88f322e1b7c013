// The server deleted a record this device changed: keep the local version (sync recreates it) or
// accept the deletion. Nothing happens until the person confirms with "Auflösen".
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { deleteRecord, resolveConflict } from '../../db';
import type { AnyRecord } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { currentUser } from '../shared/sessionStore';
import { useWriteErrorText } from '../shared/useWriteErrorText';
import { conflictPaths } from './conflictPaths';
import { MergedFields } from './MergedFields';
import { VersionAuthor } from './VersionAuthor';

type Decision = 'keep' | 'accept';

export function RemoteDeletion({ record }: { record: AnyRecord }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errorText = useWriteErrorText();
  const [saving, setSaving] = useState(false);
  const options: { value: Decision; label: string }[] = [
    { value: 'keep', label: t('conflicts:deleted.keep') },
    { value: 'accept', label: t('conflicts:deleted.accept') },
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!decision) {
      setShowMissing(true);
      return;
    }
    setSaving(true);
    try {
      if (decision === 'accept') {
        await deleteRecord(record.id, currentUser());
      } else {
        const result = await resolveConflict(
          record.id,
          record as unknown as Record<string, unknown>,
          currentUser(),
        );
        if (!result.ok) throw new Error(result.errors.map((error) => error.key).join(', '));
      }
      navigate(conflictPaths.list());
    } catch (error) {
      console.error('Settling the deletion failed', error);
      setFailure(errorText(error, t('conflicts:resolve.failed')));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Notice tone="warning" title={t('conflicts:deleted.title')}>
        <p>{t('conflicts:deleted.explanation')}</p>
      </Notice>
      <VersionAuthor by={record.updatedBy} at={record.updatedAt} />
      <MergedFields record={record} exclude={[]} title={t('conflicts:deleted.localVersion')} />
      <fieldset className="choices" id="conflict-deletion">
        <legend className="field__label">{t('conflicts:deleted.legend')}</legend>
        <div className="stack">
          {options.map((option) => (
            <label
              key={option.value}
              className="checkbox"
              htmlFor={`conflict-deletion-${option.value}`}
            >
              <input
                id={`conflict-deletion-${option.value}`}
                type="radio"
                name="conflict-deletion"
                value={option.value}
                checked={decision === option.value}
                onChange={() => setDecision(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {showMissing && !decision ? (
          <ul className="field__errors" role="alert">
            <li>{t('conflicts:resolve.choose')}</li>
          </ul>
        ) : null}
      </fieldset>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
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
