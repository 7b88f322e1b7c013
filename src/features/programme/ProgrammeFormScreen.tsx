// Edit the programme of the partnership's current phase (`/p/:pid/programme/edit`).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { BrokenRecord } from '../shared/BrokenRecord';
import { paths } from '../shared/paths';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ProgrammeForm } from './ProgrammeForm';
import { programmeOfPhase } from './programmeModel';
import { useProgrammeData } from './useProgrammeData';

export function ProgrammeFormScreen({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { partnership, programmes } = useProgrammeData(partnershipId);
  if (partnership === undefined || programmes === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  const header = <PageHeader title={t('programme:form.title')} />;
  if (partnership === null) {
    return (
      <>
        {header}
        <Notice tone="error">{t('common:record.notFound')}</Notice>
      </>
    );
  }
  if (!partnership.ok) {
    return (
      <>
        {header}
        <BrokenRecord id={partnership.id} errors={partnership.errors} />
      </>
    );
  }
  const { programme, broken } = programmeOfPhase(programmes, partnership.record.phase);
  if (!programme) {
    return (
      <>
        {header}
        {broken.map((item) => (
          <BrokenRecord key={item.id} id={item.id} errors={item.errors} />
        ))}
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
