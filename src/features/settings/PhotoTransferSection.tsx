// Photos and mobile data: the device's setting "photos only on Wi-Fi" (kept on this device only),
// and whether this browser tells Wi-Fi from mobile data at all (most do not; then the setting
// cannot hold anything back, and the screen says so).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPhotoSettings, writePhotoSettings } from '../../db';
import { CheckboxField } from '../../ui/CheckboxField';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { useConnectionType, useTellsConnectionType } from '../photos/usePhotoTransfer';

export function PhotoTransferSection() {
  const { t } = useTranslation();
  const settings = useLiveQuery(() => readPhotoSettings(), []);
  const tells = useTellsConnectionType();
  const type = useConnectionType();
  const [failed, setFailed] = useState(false);

  const change = (wifiOnly: boolean) => {
    setFailed(false);
    writePhotoSettings({ wifiOnly }).catch((error: unknown) => {
      console.error('Photo setting not kept', error);
      setFailed(true);
    });
  };

  let network = t('photos:settings.networkUnknown');
  if (tells && type === 'cellular') network = t('photos:settings.networkCellular');
  else if (tells) network = t('photos:settings.networkOther');

  return (
    <Section id="settings-photos" title={t('photos:settings.title')}>
      <CheckboxField
        id="photos-wifi-only"
        label={t('photos:settings.wifiOnly')}
        checked={settings?.wifiOnly ?? false}
        disabled={settings === undefined}
        onCheckedChange={change}
        aria-describedby="photos-wifi-only-hint"
      />
      <p id="photos-wifi-only-hint" className="muted">
        {t('photos:settings.wifiOnlyHint')} {network}
      </p>
      {failed ? <Notice tone="error">{t('photos:settings.notSaved')}</Notice> : null}
    </Section>
  );
}
