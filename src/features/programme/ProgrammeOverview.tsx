import { useTranslation } from 'react-i18next';
import type { ActionProgramme, Partnership } from '../../domain';
import { useFormat } from '../../i18n';
import { Section } from '../../ui/Section';
import { UserText } from '../../ui/UserText';
import { useVocabLabel } from '../shared/useVocabOptions';

/** The head of the programme as a document: the partners, phase, version, adoption, vision, goals. */
export function ProgrammeOverview({
  programme,
  partnership,
}: {
  programme: ActionProgramme;
  partnership: Partnership;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const vocab = useVocabLabel();
  const { phaseStartYear: from, phaseEndYear: to } = partnership;
  const adopted = (date: string | null) =>
    date ? format.date(date) : t('programme:facts.notAdopted');
  return (
    <>
      <dl className="facts">
        <dt>{t('programme:facts.germanMunicipality')}</dt>
        <dd dir="auto">{partnership.germanMunicipality}</dd>
        <dt>{t('programme:facts.partnerMunicipality')}</dt>
        <dd dir="auto">
          {t('programme:facts.municipalityInCountry', {
            municipality: partnership.partnerMunicipality,
            country: format.country(partnership.partnerCountry),
          })}
        </dd>
        <dt>{t('programme:facts.phase')}</dt>
        <dd>
          {from !== null && to !== null
            ? t('programme:facts.phaseWithYears', { phase: programme.phase, from, to })
            : programme.phase}
        </dd>
        <dt>{t('programme:facts.version')}</dt>
        <dd>{programme.version}</dd>
        <dt>{t('programme:facts.adoptedBy', { municipality: partnership.germanMunicipality })}</dt>
        <dd>{adopted(programme.adoptedGermanCouncil)}</dd>
        <dt>{t('programme:facts.adoptedBy', { municipality: partnership.partnerMunicipality })}</dt>
        <dd>{adopted(programme.adoptedPartnerCouncil)}</dd>
      </dl>

      <Section id="programme-vision" title={t('programme:vision.title')}>
        {programme.vision.trim() ? (
          <UserText text={programme.vision} lang={programme.lang} />
        ) : (
          <p className="muted">{t('programme:vision.empty')}</p>
        )}
      </Section>

      <Section id="programme-fields" title={t('programme:fields.title')}>
        {programme.fieldGoals.length === 0 ? (
          <p className="muted">{t('programme:fields.empty')}</p>
        ) : (
          programme.fieldGoals.map((goal, index) => (
            <div key={`${goal.fieldOfAction}-${index}`} className="programme-field">
              <h3>{vocab('fieldOfAction', goal.fieldOfAction)}</h3>
              {goal.goals.trim() ? (
                <UserText text={goal.goals} lang={programme.lang} />
              ) : (
                <p className="muted">{t('programme:fields.noGoals')}</p>
              )}
            </div>
          ))
        )}
      </Section>
    </>
  );
}
