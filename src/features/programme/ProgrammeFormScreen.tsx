// Edit the programme of the partnership's current phase (`/p/:pid/programme/edit`).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecordList } from '../shared/BrokenRecordList';
import { Loading } from '../shared/Loading';
import { paths } from '../shared/paths';
import { RecordUnavailable } from '../shared/RecordUnavailable';
import { ProgrammeForm } from './ProgrammeForm';
import { programmeOfPhase } from './programmeModel';
import { useProgrammeData } from './useProgrammeData';

export function ProgrammeFormScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { partnership, programmes } = useProgrammeData(partnershipId);
  const title = t('programme:form.title');
  if (programmes === undefined) return <Loading />;
  if (!partnership?.ok) return <RecordUnavailable title={title} loaded={partnership} />;
  const { programme, broken } = programmeOfPhase(programmes, partnership.record.phase);
  if (!programme) {
    return (
      <>
        <PageHeader title={title} />
        <BrokenRecordList items={broken} />
        <EmptyState title={t('programme:form.noProgramme')}>
          <Link href={paths.programme(partnershipId)} className="button button--primary">
            {t('programme:form.toProgramme')}
          </Link>
        </EmptyState>
      </>
    );
  }
  // Keyed by the programme, so its draft is the one that is loaded.
  return (
    <ProgrammeForm key={programme.id} programme={programme} partnership={partnership.record} />
  );
}
