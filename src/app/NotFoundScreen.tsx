import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common:notFound.title')} />
      <Link href="/" className="button button--primary">
        {t('common:notFound.back')}
      </Link>
    </>
  );
}
