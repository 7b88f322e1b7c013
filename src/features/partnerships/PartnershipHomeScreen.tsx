// A partnership's home: who and when, the vision, the phase timeline, counts and quick links —
// derived from one read of all the partnership's records.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listPartnershipRecords } from '../../db';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { localDateString } from '../shared/dates';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { useLoadedRecord } from '../shared/useLoadedRecord';
import { PartnershipCounts } from './PartnershipCounts';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipQuickLinks } from './PartnershipQuickLinks';
import { summarizePartnership } from './partnershipSummary';
import { PhaseTimeline } from './PhaseTimeline';

export function PartnershipHomeScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const loaded = useLoadedRecord('partnership', partnershipId);
  const items = useLiveQuery(() => listPartnershipRecords(partnershipId), [partnershipId]);

  if (!loaded?.ok) {
    return (
      <RecordUnavailable
        title={t('partnerships:home.fallbackTitle')}
        loaded={loaded}
        back={{ href: paths.home(), label: t('partnerships:home.backToList') }}
      />
    );
  }
  if (items === undefined) return <Loading />;
  const partnership = loaded.record;
  const summary = summarizePartnership(items, localDateString(new Date()));

  return (
    <>
      <PartnershipHeader partnership={partnership} />
      {summary.brokenCount > 0 ? (
        <Notice tone="warning">
          {t('partnerships:home.broken', { count: summary.brokenCount })}
        </Notice>
      ) : null}
      <Section id="partnership-vision" title={t('partnerships:home.vision')}>
        {partnership.vision.trim() ? (
          <UserText text={partnership.vision} lang={partnership.lang} />
        ) : (
          <p className="muted">{t('partnerships:home.noVision')}</p>
        )}
      </Section>
      <PartnershipQuickLinks partnershipId={partnershipId} summary={summary} />
      <PartnershipCounts partnershipId={partnershipId} counts={summary.counts} />
      <PhaseTimeline partnershipId={partnershipId} timeline={summary.timeline} />
    </>
  );
}
