import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n';
import { Notice } from '../../ui/Notice';

/** Tells the person that what they typed earlier is back. */
export function DraftRestoredNotice({
  restored,
  updatedAt,
}: {
  restored: boolean;
  updatedAt: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!restored) return null;
  return (
    <Notice tone="info">
      {t('common:draft.restored', { time: format.dateTime(updatedAt ?? new Date().toISOString()) })}
    </Notice>
  );
}
