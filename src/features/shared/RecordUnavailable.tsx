import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LoadedRecord } from '../../db';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { BrokenRecord } from './BrokenRecord';
import { Loading } from './Loading';

/**
 * What a screen shows instead of its record: a loading line while it is read, a notice when it
 * does not exist, or the broken record with its problems (never hidden); optionally a way back.
 */
export function RecordUnavailable({
  title,
  loaded,
  back,
}: {
  title: string;
  loaded: LoadedRecord<object> | null | undefined;
  back?: { href: string; label: string } | undefined;
}) {
  const { t } = useTranslation();
  if (loaded === undefined) return <Loading />;
  return (
    <>
      <PageHeader title={title} />
      {loaded === null ? (
        <Notice tone="warning">{t('common:record.notFound')}</Notice>
      ) : loaded.ok ? null : (
        <BrokenRecord id={loaded.id} errors={loaded.errors} />
      )}
      {back ? (
        <p>
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
    </>
  );
}
