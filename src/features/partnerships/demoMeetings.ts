// The demo's meetings: a kick-off workshop, a network meeting and a partner meeting in French.
import type { FieldsInput } from '../../domain';
import { demoId, KICKOFF_OFFSET, type DemoCalendar, type DemoRecord } from './demoIds';
import { BRENNER, item, KABORE, MAAS, OUEDRAOGO, SAWADOGO, task, VOGEL } from './demoPeople';

function meetings(c: DemoCalendar): [string, string, FieldsInput<'meeting'>][] {
  return [
    [
      demoId('meeting', 1),
      'de',
      {
        kind: 'kickoffWorkshop',
        title: 'Internationaler Auftaktworkshop der Phase 1',
        date: c.day(KICKOFF_OFFSET),
        place: 'Bonn',
        participants: [VOGEL, BRENNER, OUEDRAOGO, SAWADOGO],
        agendaItems: [
          item('Vorstellung der Partnerkommunen'),
          item('Klimarisiken und Emissionsquellen: erste Bestandsaufnahme'),
          item('Arbeitsplan der Phase und Termine der Entsendungen'),
          item('Wie wir zwischen den Entsendungen in Kontakt bleiben'),
        ],
        notes:
          'Beide Seiten haben ihre Kommune vorgestellt. Sanoré nennt Abfall, Wasser und Energie als dringendste Themen, Lindenau bringt Erfahrung in Kompostierung, Photovoltaik und Umweltbildung ein.',
        decisions: [
          item('Koordination: Katrin Vogel (Lindenau) und Aminata Ouédraogo (Sanoré)'),
          item('Die erste Entsendung geht nach Sanoré, in rund zwei Monaten.'),
          item('Arbeitssprache ist Französisch; für Ratssitzungen wird gedolmetscht.'),
          item('Das Kernteam trifft sich einmal im Monat online.'),
        ],
        actionItems: [
          task(
            'Terminvorschläge für die erste Entsendung abstimmen',
            'Katrin Vogel',
            c.day(-280),
            true,
          ),
          task(
            'Kurzprofil der Kommune Sanoré zusammenstellen',
            'Aminata Ouédraogo',
            c.day(-260),
            true,
          ),
          task(
            'Steckbrief der Partnerschaft für die Website der Stadt',
            'Pressestelle Lindenau',
            c.day(-200),
            false,
          ),
        ],
      },
    ],
    [
      demoId('meeting', 2),
      'de',
      {
        kind: 'networkMeeting',
        title: 'Netzwerktreffen der Klimapartnerschaften',
        date: c.day(-170),
        place: 'Kassel',
        participants: [VOGEL, MAAS],
        agendaItems: [
          item('Erfahrungen aus den ersten Entsendungen'),
          item('Fördermöglichkeiten für die Umsetzung'),
        ],
        notes:
          'Austausch mit anderen Partnerschaften zu Abfall und Kompostierung. Eine Partnerschaft mit Erfahrung in Marktkompostierung bietet Unterstützung an.',
        decisions: [],
        actionItems: [
          task(
            'Kontakt zur Partnerschaft mit Erfahrung in Marktkompostierung aufnehmen',
            'Katrin Vogel',
            c.day(-150),
            true,
          ),
        ],
      },
    ],
    [
      demoId('meeting', 3),
      'fr',
      {
        kind: 'onlineMeeting',
        title: 'Réunion en ligne : suivi du programme d’action',
        date: c.day(-30),
        place: 'Visioconférence',
        participants: [OUEDRAOGO, SAWADOGO, KABORE, VOGEL],
        agendaItems: [
          item('Point sur le compostage au marché central'),
          item('Devis pour l’installation solaire du centre de santé'),
          item('Préparation de la troisième mission'),
        ],
        notes:
          'Le compostage a démarré avec la coopérative des femmes : trois andains en cours, premier compost attendu dans six semaines. Le devis pour le système solaire n’est pas encore arrivé.\nLa troisième mission vers Sanoré est confirmée ; la délégation de Lindenau souhaite rencontrer le conseil municipal.',
        decisions: [
          item('La mission 3 aura lieu comme prévu ; programme détaillé trois semaines avant.'),
        ],
        actionItems: [
          task('Envoyer le programme de la mission 3', 'Aminata Ouédraogo', c.day(50), false),
          task('Relancer le fournisseur pour le devis solaire', 'Jonas Brenner', c.day(-20), false),
          task('Photos du site de compostage pour le rapport', 'Mariam Kaboré', c.day(-25), true),
        ],
      },
    ],
  ];
}

export function demoMeetings(c: DemoCalendar, lang: string): DemoRecord[] {
  return meetings(c).map(([id, language, fields]): DemoRecord => ({
    type: 'meeting',
    id,
    // The French minutes are tagged as French; the rest carries the demo's language.
    lang: language === 'de' ? lang : language,
    fields,
  }));
}
