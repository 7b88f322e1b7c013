import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveRecord } from '../../db';
import { programmeIdFor, type Measure, type Partnership } from '../../domain';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { currentUser } from '../shared/sessionStore';
import { useWriteErrorText } from '../shared/useWriteErrorText';
import { newProgrammeFields } from './programmeModel';

/** No programme for this phase yet: start one from the vision and the measures there are. */
export function CreateProgramme({
  partnership,
  measures,
}: {
  partnership: Partnership;
  measures: readonly Measure[];
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errorText = useWriteErrorText();

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await saveRecord({
        type: 'programme',
        id: programmeIdFor(partnership.id, partnership.phase),
        partnershipId: partnership.id,
        fields: newProgrammeFields(partnership, measures),
        user: currentUser(),
        lang: partnership.lang,
      });
      if (!result.ok) {
        console.error('Programme not created', result.errors);
        setFailure(t('programme:empty.failed'));
      }
    } catch (error) {
      console.error('Programme not created', error);
      setFailure(errorText(error, t('programme:empty.failed')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <EmptyState title={t('programme:empty.title', { phase: partnership.phase })}>
        <p>{t('programme:empty.explanation')}</p>
        <Button variant="primary" disabled={busy} onClick={() => void create()}>
          {t('programme:empty.create')}
        </Button>
      </EmptyState>
    </>
  );
}
