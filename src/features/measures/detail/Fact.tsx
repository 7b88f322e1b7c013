import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One term and its value in a `dl.facts`; an empty value says so rather than leaving a gap. */
export function Fact({ term, children }: { term: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const empty = children === undefined || children === null || children === '';
  return (
    <>
      <dt>{term}</dt>
      <dd className={empty ? 'muted' : undefined}>
        {empty ? t('measures:detail.notGiven') : children}
      </dd>
    </>
  );
}
