import { useTranslation } from 'react-i18next';
import type { Deployment } from '../../domain';

/** Who travels: name, then role and organisation where known. */
export function ParticipantList({
  participants,
  lang,
}: {
  participants: Deployment['participants'];
  lang: string;
}) {
  const { t } = useTranslation();
  if (participants.length === 0) {
    return <p className="muted">{t('deployments:detail.noParticipants')}</p>;
  }
  return (
    <ul className="stack">
      {participants.map((person) => (
        <li key={person.id} lang={lang} dir="auto">
          <strong>{person.name}</strong>
          {person.role || person.organisation ? (
            <span className="card__meta">
              {person.role ? <span>{person.role}</span> : null}
              {person.organisation ? <span>{person.organisation}</span> : null}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
