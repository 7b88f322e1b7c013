// A partnership's home: who and when, the vision, the phase timeline, counts and quick links —
// all derived from one read of the partnership's records.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listPartnershipRecords } from '../../db';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { PartnershipCounts } from './PartnershipCounts';
import { PartnershipHeader } from './PartnershipHeader';
import { PartnershipQuickLinks } from './PartnershipQuickLinks';
import { localDate, summarizePartnership } from './partnershipSummary';
import { PhaseTimeline } from './PhaseTimeline';

export function PartnershipHomeScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const items = useLiveQuery(() => listPartnershipRecords(partnershipId), [partnershipId]);

  if (items === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  const entry = items.find((item) => item.id === partnershipId);
  if (!entry || (entry.ok && entry.record.type !== 'partnership')) {
    return (
      <>
        <Notice tone="warning">{t('common:record.notFound')}</Notice>
        <Link href={paths.home()} className="button">
          {t('partnerships:home.backToList')}
        </Link>
      </>
    );
  }
  if (!entry.ok) return <BrokenRecord id={entry.id} errors={entry.errors} />;
  const partnership = entry.record;
  if (partnership.type !== 'partnership') return null;
  const summary = summarizePartnership(items, localDate());

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
