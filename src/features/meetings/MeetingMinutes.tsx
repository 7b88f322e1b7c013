import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../domain';
import { useFormat } from '../../i18n';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { useVocabLabel } from '../shared/useVocabOptions';

/** The readable minutes of a meeting: facts, who was there, agenda, notes and decisions. */
export function MeetingMinutes({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocabLabel();
  const lang = meeting.lang;
  return (
    <>
      <dl className="facts">
        <dt>{t('meetings:fields.kind')}</dt>
        <dd>{vocab('meetingKind', meeting.kind)}</dd>
        <dt>{t('meetings:fields.date')}</dt>
        <dd>
          <time dateTime={meeting.date}>{format.date(meeting.date)}</time>
        </dd>
        {meeting.place ? (
          <>
            <dt>{t('meetings:fields.place')}</dt>
            <dd dir="auto" lang={lang}>
              {meeting.place}
            </dd>
          </>
        ) : null}
      </dl>
      {meeting.participants.length > 0 ? (
        <Section id="participants" title={t('meetings:fields.participants')}>
          <ul>
            {meeting.participants.map((person) => (
              <li key={person.id} dir="auto" lang={lang}>
                <strong>{person.name}</strong>
                {person.role ? <span className="muted"> · {person.role}</span> : null}
                {person.organisation ? (
                  <span className="muted"> · {person.organisation}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {meeting.agendaItems.length > 0 ? (
        <Section id="agenda" title={t('meetings:fields.agenda')}>
          <ol>
            {meeting.agendaItems.map((item) => (
              <li key={item.id}>
                <UserText as="span" text={item.text} lang={lang} />
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {meeting.notes ? (
        <Section id="notes" title={t('meetings:fields.notes')}>
          <UserText text={meeting.notes} lang={lang} />
        </Section>
      ) : null}
      {meeting.decisions.length > 0 ? (
        <Section id="decisions" title={t('meetings:fields.decisions')}>
          <ol>
            {meeting.decisions.map((item) => (
              <li key={item.id}>
                <UserText as="span" text={item.text} lang={lang} />
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
    </>
  );
}
