import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { conflictPaths } from './conflictPaths';
import { useOpenConflictCount } from './useOpenConflictCount';

/** A link to the open conflicts, with their number; nothing while there are none. */
export function OpenConflictsLink({ className = 'button' }: { className?: string }) {
  const { t } = useTranslation();
  const count = useOpenConflictCount();
  if (count === 0) return null;
  return (
    <Link href={conflictPaths.list()} className={className}>
      {t('conflicts:count.link', { count })}
    </Link>
  );
}
