// The partnership's joint action programme for its current phase, as a readable (and printable)
// document, with the order of its measures changeable in place.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { validRecords } from '../../db';
import { recordTitle } from '../../domain';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { CreateProgramme } from './CreateProgramme';
import { ProgrammeMeasureSections } from './ProgrammeMeasureSections';
import { ProgrammeOverview } from './ProgrammeOverview';
import { programmeOfPhase } from './programmeModel';
import { useProgrammeData } from './useProgrammeData';
import './programme.css';

export function ProgrammeScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { partnership, programmes, measures } = useProgrammeData(partnershipId);
  const title = t('programme:title');

  if (partnership === undefined || programmes === undefined || measures === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  if (partnership === null || !partnership.ok) {
    return (
      <>
        <PageHeader title={title} />
        {partnership ? (
          <BrokenRecord id={partnership.id} errors={partnership.errors} />
        ) : (
          <Notice tone="error">{t('common:record.notFound')}</Notice>
        )}
      </>
    );
  }

  const { record } = partnership;
  const { programme, broken } = programmeOfPhase(programmes, record.phase);
  return (
    <article className="programme-doc">
      <PageHeader
        title={title}
        context={<span dir="auto">{recordTitle(record)}</span>}
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
      {broken.map((item) => (
        <BrokenRecord key={item.id} id={item.id} errors={item.errors} />
      ))}
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
