import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { RecordSyncState } from '../../../db';
import type { Measure } from '../../../domain';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { PageHeader } from '../../../ui/PageHeader';
import { Section } from '../../../ui/Section';
import { UserText } from '../../../ui/UserText';
import { paths } from '../../shared/paths';
import { RecordMeta } from '../../shared/RecordMeta';
import { useDeleteRecord } from '../../shared/useDeleteRecord';
import { usePartnershipTitle } from '../../shared/usePartnershipTitle';
import { useVocabLabel } from '../../shared/useVocabOptions';
import { MeasureStatusFlow } from '../MeasureStatusFlow';
import { MeasureFacts } from './MeasureFacts';
import { MeasureIndicatorList } from './MeasureIndicatorList';
import { MeasureMilestoneList } from './MeasureMilestoneList';
import { MeasureResourceList } from './MeasureResourceList';
import '../measures.css';

/** A measure as a readable page, with edit and delete. */
export function MeasureDetail({ measure, sync }: { measure: Measure; sync: RecordSyncState }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const label = useVocabLabel();
  const partnershipTitle = usePartnershipTitle(measure.partnershipId);
  const deletion = useDeleteRecord(t('measures:detail.deleteFailed'));
  const pid = measure.partnershipId;

  const onDelete = () =>
    deletion.remove([measure.id], {
      onDeleted: () => navigate(paths.measures(pid), { replace: true }),
    });

  return (
    <article>
      <PageHeader
        title={measure.title}
        context={partnershipTitle}
        actions={
          <>
            <Link href={paths.editMeasure(pid, measure.id)} className="button button--primary">
              {t('common:actions.edit')}
            </Link>
            <Button variant="danger" onClick={() => void onDelete()}>
              {t('common:actions.delete')}
            </Button>
          </>
        }
      />
      {deletion.error ? <Notice tone="error">{deletion.error}</Notice> : null}
      <RecordMeta record={measure} sync={sync} />

      <Section title={t('measures:fields.status')} id="measure-status">
        <MeasureStatusFlow status={measure.status} />
      </Section>

      <Section title={t('measures:detail.overview')} id="measure-overview">
        <MeasureFacts measure={measure} />
      </Section>

      {measure.description ? (
        <Section title={t('measures:fields.description')} id="measure-description">
          <UserText text={measure.description} lang={measure.lang} />
        </Section>
      ) : null}
      {measure.goal ? (
        <Section title={t('measures:fields.goal')} id="measure-goal">
          <UserText text={measure.goal} lang={measure.lang} />
        </Section>
      ) : null}

      <Section title={t('measures:fields.milestones')} id="measure-milestones">
        <MeasureMilestoneList measure={measure} />
      </Section>
      <Section title={t('measures:fields.indicators')} id="measure-indicators">
        <MeasureIndicatorList measure={measure} />
      </Section>
      <Section title={t('measures:fields.resources')} id="measure-resources">
        <MeasureResourceList measure={measure} />
        {measure.fundingOptions ? (
          <>
            <h3>{t('measures:fields.fundingOptions')}</h3>
            <UserText text={measure.fundingOptions} lang={measure.lang} />
          </>
        ) : null}
      </Section>

      <Section title={t('measures:fields.sdgs')} id="measure-sdgs">
        {measure.sdgs.length === 0 ? (
          <p className="muted">{t('measures:detail.noSdgs')}</p>
        ) : (
          <ul>
            {[...measure.sdgs]
              .sort((a, b) => a - b)
              .map((sdg) => (
                <li key={sdg}>{label('sdg', sdg)}</li>
              ))}
          </ul>
        )}
      </Section>
    </article>
  );
}
