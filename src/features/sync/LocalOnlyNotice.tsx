// Partnerships made on this device that no server knows: their records wait for good until a
// coordinator sets the partnership up on the server, and the sync page says so.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listAllRecords } from '../../db';
import { Notice } from '../../ui/Notice';
import { useVisiblePartnerships } from '../account/useVisiblePartnerships';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';

export function LocalOnlyNotice() {
  const { t } = useTranslation();
  const titleOf = usePartnershipTitleOf();
  const visibility = useVisiblePartnerships();
  const partnerships = useLiveQuery(() => listAllRecords('partnership'), []);
  if (!visibility || !partnerships) return null;
  const localOnly = partnerships.filter((item) => item.ok && visibility.isLocalOnly(item));
  if (localOnly.length === 0) return null;
  return (
    <Notice tone="warning" title={t('sync:localOnly.title', { count: localOnly.length })}>
      <ul>
        {localOnly.map((item) => (
          <li key={item.id} dir="auto">
            {item.ok ? titleOf(item.record) : item.id}
          </li>
        ))}
      </ul>
      <p>{t('sync:localOnly.explanation')}</p>
    </Notice>
  );
}
