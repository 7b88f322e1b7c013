import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../ui/EmptyState';

export function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t('common:notFound.title')}>
      <Link href="/" className="button button--primary">
        {t('common:notFound.back')}
      </Link>
    </EmptyState>
  );
}
