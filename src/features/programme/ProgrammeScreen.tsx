// The partnership's joint action programme for its current phase, as a readable (and printable)
// document, with the order of its measures changeable in place.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { validRecords } from '../../db';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecordList } from '../shared/BrokenRecordList';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { usePartnershipTitleOf } from '../shared/usePartnershipTitle';
import { CreateProgramme } from './CreateProgramme';
import { ProgrammeMeasureSections } from './ProgrammeMeasureSections';
import { ProgrammeOverview } from './ProgrammeOverview';
import { programmeOfPhase } from './programmeModel';
import { useProgrammeData } from './useProgrammeData';
import './programme.css';

export function ProgrammeScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { partnership, programmes, measures } = useProgrammeData(partnershipId);
  const titleOf = usePartnershipTitleOf();
  const title = t('programme:title');

  if (programmes === undefined || measures === undefined) return <Loading />;
  if (!partnership?.ok) return <RecordUnavailable title={title} loaded={partnership} />;

  const { record } = partnership;
  const { programme, broken } = programmeOfPhase(programmes, record.phase);
  return (
    <article className="programme-doc">
      <PageHeader
        title={title}
        context={<span dir="auto">{titleOf(record)}</span>}
        actions={
          programme ? (
            <>
              <Link href={paths.editProgramme(partnershipId)} className="button button--primary">
                {t('common:actions.edit')}
              </Link>
              <Button onClick={() => window.print()}>{t('programme:actions.print')}</Button>
            </>
          ) : null
        }
      />
      <BrokenRecordList items={broken} />
      {programme ? (
        <>
          <ProgrammeOverview programme={programme} partnership={record} />
          <ProgrammeMeasureSections
            programme={programme}
            partnership={record}
            measures={measures}
          />
        </>
      ) : broken.length === 0 ? (
        <CreateProgramme partnership={record} measures={validRecords(measures)} />
      ) : null}
    </article>
  );
}
