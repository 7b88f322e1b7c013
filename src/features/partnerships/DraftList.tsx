import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Draft } from '../../db';
import { recordTypeOf } from '../../domain';
import { useFormat } from '../../i18n';
import { Section } from '../../ui/Section';

/** A short preview of what was typed, so a person recognises the draft. */
function preview(values: unknown): string {
  if (typeof values !== 'object' || values === null) return '';
  const v = values as Record<string, unknown>;
  const candidates = [v.title, v.destination, v.germanMunicipality, v.body];
  const text = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return text ? text.trim().slice(0, 80) : '';
}

/** Only same-origin app paths: a draft's route comes from storage and is not trusted as a URL. */
function isAppRoute(route: unknown): route is string {
  return typeof route === 'string' && route.startsWith('/') && !route.startsWith('//');
}

function DraftLink({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const format = useFormat();
  const key = String(draft.key);
  const type = recordTypeOf(key);
  const isNew = key.split(':')[1] === 'new';
  const kind = !type
    ? t('partnerships:drafts.form')
    : isNew
      ? t(`partnerships:drafts.new.${type}`)
      : t(`partnerships:drafts.edit.${type}`);
  const text = preview(draft.values);
  return (
    <Link href={draft.route} className="card">
      <p className="card__title">{kind}</p>
      {text ? (
        <p className="user-text" dir="auto">
          {text}
        </p>
      ) : null}
      <p className="card__meta">
        {t('partnerships:drafts.savedAt', { time: format.dateTime(draft.updatedAt) })}
      </p>
    </Link>
  );
}

/** Forms left with unsaved typing, so a person finds their unfinished text again. */
export function DraftList({ drafts }: { drafts: readonly Draft[] }) {
  const { t } = useTranslation();
  const shown = drafts.filter((draft) => isAppRoute(draft.route));
  if (shown.length === 0) return null;
  return (
    <Section id="drafts" title={t('partnerships:drafts.title')}>
      <p className="muted">{t('partnerships:drafts.explanation', { count: shown.length })}</p>
      <ul className="stack">
        {shown.map((draft) => (
          <li key={draft.key}>
            <DraftLink draft={draft} />
          </li>
        ))}
      </ul>
    </Section>
  );
}
