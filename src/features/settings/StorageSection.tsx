import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readStorageInfo } from '../../db';
import { useFormat } from '../../i18n';
import { Section } from '../../ui/Section';
import { Loading } from '../shared/Loading';

/** What this device holds: records, drafts, changes not yet synced, space used, persistence. */
export function StorageSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const info = useLiveQuery(() => readStorageInfo(), []);

  const usage = info?.usage ?? null;
  const quota = info?.quota ?? null;
  let space = t('settings:storage.spaceUnknown');
  if (usage !== null && quota !== null) {
    space = t('settings:storage.spaceOf', {
      used: format.bytes(usage),
      available: format.bytes(quota),
    });
  } else if (usage !== null) {
    space = format.bytes(usage);
  }
  let persisted = t('settings:storage.persistedUnknown');
  if (info?.persisted === true) persisted = t('settings:storage.persistedYes');
  if (info?.persisted === false) persisted = t('settings:storage.persistedNo');

  return (
    <Section id="settings-storage" title={t('settings:storage.title')}>
      {info === undefined ? (
        <Loading />
      ) : (
        <dl className="facts">
          <dt>{t('settings:storage.recordsLabel')}</dt>
          <dd>{t('settings:storage.records', { count: info.recordCount })}</dd>
          <dt>{t('settings:storage.draftsLabel')}</dt>
          <dd>{t('settings:storage.drafts', { count: info.draftCount })}</dd>
          <dt>{t('settings:storage.pendingLabel')}</dt>
          <dd>
            {info.pendingCount > 0
              ? t('settings:storage.pending', { count: info.pendingCount })
              : t('settings:storage.nothingPending')}
          </dd>
          <dt>{t('settings:storage.spaceLabel')}</dt>
          <dd>{space}</dd>
          <dt>{t('settings:storage.persistedLabel')}</dt>
          <dd>{persisted}</dd>
        </dl>
      )}
    </Section>
  );
}
