// The demo's measures and its action programme (fictional, see demoData.ts).
import { newItemId, type FieldsInput } from '../../domain';
import { DEMO_MEASURES as M, type DemoCalendar, type DemoRecord } from './demoIds';

type MeasureInput = FieldsInput<'measure'>;

const indicator = (
  name: string,
  unit: string,
  baseline: number,
  target: number,
  targetYear: number,
) => ({ id: newItemId(), name, unit, baseline, target, targetYear });

const resource = (
  kind: 'staff' | 'financial' | 'material' | 'institutional' | 'other',
  description: string,
  amount: number | null,
  currency: string,
  source: 'own' | 'appliedFor' | 'granted' | 'thirdParty',
) => ({ id: newItemId(), kind, description, amount, currency, source });

const milestone = (title: string, dueDate: string, done = false) => ({
  id: newItemId(),
  title,
  dueDate,
  done,
});

function measures(c: DemoCalendar): [string, MeasureInput][] {
  const end = c.phaseEndYear;
  return [
    [
      M.marketCompost,
      {
        title: 'Kompostierung der organischen Marktabfälle',
        description:
          'Auf dem Zentralmarkt von Sanoré fallen täglich 8–10 t Abfall an, überwiegend Gemüsereste und Blätter. Sie werden bisher auf einer ungesicherten Fläche abgelagert und offen verbrannt. Die Frauenkooperative »Wend Panga« sammelt die organischen Abfälle getrennt und kompostiert sie in Mieten auf einer überdachten Fläche am Markt. Der Kompost wird an Gärtnereien und Landwirte verkauft.',
        fieldOfAction: 'wasteRecycling',
        goal: 'Weniger Methan und Rauch durch Verbrennung, Einkommen für die Kooperative, fruchtbarerer Boden.',
        appliesTo: 'partnerSide',
        responsibleGerman: 'Jonas Brenner, Abfallwirtschaftsbetrieb Lindenau',
        responsiblePartner: 'Mariam Kaboré, Service de l’environnement',
        actors: ['politics', 'civilSociety', 'business'],
        startDate: c.day(-60),
        endDate: c.day(400),
        milestones: [
          milestone('Überdachter Kompostplatz am Markt fertig', c.day(-45), true),
          milestone('Erster Kompost verkauft', c.day(20)),
          milestone('Zweiter Markt (Secteur 2) angeschlossen', c.day(300)),
        ],
        indicators: [
          indicator('Kompostierte organische Abfälle', 't/Jahr', 0, 900, end + 1),
          indicator('Beteiligte Frauen der Kooperative', 'Personen', 12, 30, end),
        ],
        resources: [
          resource(
            'financial',
            'Überdachung, Schaufeln, Schubkarren, Thermometer',
            3500000,
            'XOF',
            'granted',
          ),
          resource(
            'staff',
            'Zwei Mitarbeitende des Umweltdienstes, je ein Tag pro Woche',
            null,
            'XOF',
            'own',
          ),
          resource(
            'staff',
            'Fachberatung Kompostierung (Abfallwirtschaftsbetrieb Lindenau)',
            4000,
            'EUR',
            'own',
          ),
        ],
        fundingOptions:
          'Kleinprojektefonds der Partnerschaft; später Einnahmen aus dem Kompostverkauf.',
        sdgs: [11, 12, 13],
        co2eEstimate: 120,
        climateFocus: 'mitigation',
        priority: 'high',
        status: 'inImplementation',
      },
    ],
    [
      M.solarHealthCentre,
      {
        title: 'Solarstrom für das Gesundheitszentrum Sanoré',
        description:
          'Photovoltaik-Dachanlage (ca. 30 kWp) mit Batteriespeicher für das Gesundheitszentrum. Bisher fällt der Strom mehrmals pro Woche aus; Impfstoffe lagern in einem Gaskühlschrank, nachts läuft ein Dieselgenerator.',
        fieldOfAction: 'renewableEnergy',
        goal: 'Verlässliche Stromversorgung für Geburtshilfe und Kühlkette, geringere Energiekosten der Kommune.',
        appliesTo: 'partnerSide',
        responsibleGerman: 'Jonas Brenner, Stadtwerke Lindenau',
        responsiblePartner: 'Boukary Zongo, Service technique',
        actors: ['politics', 'business'],
        startDate: c.day(90),
        endDate: c.day(450),
        milestones: [
          milestone('Lastprofil gemessen', c.day(-150), true),
          milestone('Förderantrag eingereicht', c.day(60)),
          milestone('Anlage in Betrieb', c.day(420)),
        ],
        indicators: [
          indicator('Installierte Leistung', 'kWp', 0, 30, end + 1),
          indicator('Stunden ohne Strom pro Monat', 'h', 60, 2, end + 1),
          indicator('Dieselverbrauch des Generators', 'l/Jahr', 5000, 500, end + 1),
        ],
        resources: [
          resource('financial', 'Anlage, Speicher und Installation', 62000, 'EUR', 'appliedFor'),
          resource('financial', 'Eigenanteil der Kommune Sanoré', 2000000, 'XOF', 'own'),
          resource(
            'staff',
            'Schulung von zwei Elektrikern des technischen Dienstes',
            null,
            'EUR',
            'own',
          ),
        ],
        fundingOptions:
          'Nakopa (Nachhaltige Kommunale Partnerschaften); Stiftung der Stadtwerke Lindenau.',
        sdgs: [3, 7, 13],
        co2eEstimate: 14,
        climateFocus: 'mitigation',
        priority: 'high',
        status: 'agreed',
      },
    ],
    [
      M.wellsSector4,
      {
        title: 'Brunnen im Secteur 4 sichern und reparieren',
        description:
          'Fünf von vierzehn Brunnen sind außer Betrieb. Die Brunnen werden repariert und mit Betonring und Ablaufrinne eingefasst, damit bei Starkregen kein verschmutztes Oberflächenwasser eindringt. Das Brunnenkomitee wird in Wartung geschult.',
        fieldOfAction: 'waterWastewater',
        goal: 'Sicheres Trinkwasser auch in der Regenzeit und in Dürrejahren.',
        appliesTo: 'partnerSide',
        responsibleGerman: 'Dr. Henrik Maas, Fachbereich Umwelt',
        responsiblePartner: 'Boukary Zongo, Service technique',
        actors: ['politics', 'civilSociety'],
        startDate: c.day(30),
        endDate: c.day(300),
        milestones: [
          milestone('Wasserproben ausgewertet', c.day(-180), true),
          milestone('Ersatzteile beschafft', c.day(80)),
        ],
        indicators: [
          indicator('Funktionierende Brunnen', 'Anzahl', 9, 14, end),
          indicator('Proben ohne Keimbelastung', '%', 40, 90, end),
        ],
        resources: [
          resource(
            'financial',
            'Pumpenersatzteile, Zement, Arbeitslohn',
            4500000,
            'XOF',
            'appliedFor',
          ),
          resource(
            'material',
            'Zwei Testkoffer für Wasserqualität (Spende)',
            1200,
            'EUR',
            'thirdParty',
          ),
        ],
        fundingOptions: '',
        sdgs: [6, 13],
        co2eEstimate: null,
        climateFocus: 'adaptation',
        priority: 'high',
        status: 'agreed',
      },
    ],
    [
      M.shadeTrees,
      {
        title: 'Schattenbäume entlang der Avenue principale',
        description:
          'Pflanzung von 300 heimischen Bäumen (Néré, Karité, Kapok) entlang der Hauptstraße und an Schulwegen. Schülerinnen und Schüler übernehmen Patenschaften und gießen in der Trockenzeit.',
        fieldOfAction: 'renaturation',
        goal: 'Kühlere Wege für Marktfrauen und Schulkinder, Schutz vor Erosion.',
        appliesTo: 'partnerSide',
        responsibleGerman: 'Grünflächenamt Lindenau',
        responsiblePartner: 'Aminata Ouédraogo, coordinatrice du partenariat',
        actors: ['civilSociety', 'politics'],
        startDate: c.day(120),
        endDate: c.day(500),
        milestones: [milestone('Setzlinge aus der Baumschule bestellt', c.day(100))],
        indicators: [indicator('Überlebende Bäume nach zwei Jahren', 'Anzahl', 0, 240, end + 1)],
        resources: [
          resource('financial', 'Setzlinge, Baumschutz, Wasser', 1500000, 'XOF', 'appliedFor'),
        ],
        fundingOptions: 'Spendenlauf der Lindenauer Schulen.',
        sdgs: [11, 13, 15],
        co2eEstimate: 5,
        climateFocus: 'both',
        priority: 'medium',
        status: 'proposed',
      },
    ],
    [
      M.climateSchools,
      {
        title: 'Klimaschulen in Lindenau und Sanoré',
        description:
          'Je zwei Schulen in beiden Kommunen arbeiten ein Schuljahr lang zu Klima und Wasser, tauschen Briefe und Videos aus und stellen ihre Ergebnisse beim Stadtfest vor.',
        fieldOfAction: 'environmentalEducation',
        goal: 'Junge Menschen in beiden Kommunen verstehen Klimafolgen und handeln gemeinsam.',
        appliesTo: 'both',
        responsibleGerman: 'Katrin Vogel, Klimaschutzmanagement',
        responsiblePartner: 'Direction de l’école primaire Secteur 1',
        actors: ['civilSociety', 'science'],
        startDate: c.day(-120),
        endDate: c.day(180),
        milestones: [
          milestone('Partnerschulen ausgewählt', c.day(-110), true),
          milestone('Erster Video-Austausch', c.day(-40), true),
        ],
        indicators: [indicator('Beteiligte Schülerinnen und Schüler', 'Personen', 0, 400, end)],
        resources: [resource('staff', 'Lehrkräfte beider Seiten', null, 'EUR', 'own')],
        fundingOptions: '',
        sdgs: [4, 13, 17],
        co2eEstimate: null,
        climateFocus: 'both',
        priority: 'medium',
        status: 'inImplementation',
      },
    ],
    [
      M.ledTownHall,
      {
        title: 'Pilot: LED-Beleuchtung im Rathaus Sanoré',
        description:
          'Austausch von 80 Leuchtstoffröhren gegen LED-Leuchten im Rathaus als sichtbares Pilotprojekt.',
        fieldOfAction: 'energyEfficiency',
        goal: 'Stromkosten des Rathauses senken und Erfahrung für weitere Gebäude sammeln.',
        appliesTo: 'partnerSide',
        responsibleGerman: 'Jonas Brenner, Stadtwerke Lindenau',
        responsiblePartner: 'Boukary Zongo, Service technique',
        actors: ['politics'],
        startDate: c.day(-90),
        endDate: c.day(-50),
        milestones: [milestone('Leuchten montiert', c.day(-55), true)],
        indicators: [indicator('Stromverbrauch Beleuchtung Rathaus', 'kWh/Jahr', 9500, 4000, end)],
        resources: [resource('financial', 'LED-Leuchten und Montage', 1800000, 'XOF', 'own')],
        fundingOptions: '',
        sdgs: [7, 13],
        co2eEstimate: 3.5,
        climateFocus: 'mitigation',
        priority: 'low',
        status: 'completed',
      },
    ],
    [
      M.bikeSharing,
      {
        title: 'Dienstfahrräder für die Stadtverwaltung Lindenau',
        description:
          'Zehn Dienstfahrräder, davon vier Lastenräder, für Wege der Verwaltung innerhalb der Stadt.',
        fieldOfAction: 'lowCarbonMobility',
        goal: 'Dienstfahrten mit dem Auto in der Innenstadt halbieren.',
        appliesTo: 'germanSide',
        responsibleGerman: 'Fachbereich Verkehr, Stadt Lindenau am Main',
        responsiblePartner: '',
        actors: ['politics'],
        startDate: null,
        endDate: null,
        milestones: [],
        indicators: [
          indicator('Dienstfahrten mit dem Auto in der Innenstadt', 'pro Monat', 180, 90, end),
        ],
        resources: [resource('financial', 'Fahrräder und Abstellanlage', 28000, 'EUR', 'own')],
        fundingOptions: 'Landesförderung Radverkehr prüfen.',
        sdgs: [11, 13],
        co2eEstimate: 3,
        climateFocus: 'mitigation',
        priority: 'low',
        status: 'idea',
      },
    ],
    [
      M.biogas,
      {
        title: 'Biogasanlage am Schlachthof',
        description:
          'Vergärung der Schlachtabfälle zur Strom- und Wärmeerzeugung. Nach der Prüfung verworfen: Investition und Wartung übersteigen die Möglichkeiten der Kommune.',
        fieldOfAction: 'renewableEnergy',
        goal: '',
        appliesTo: 'partnerSide',
        responsibleGerman: '',
        responsiblePartner: '',
        actors: [],
        startDate: null,
        endDate: null,
        milestones: [],
        indicators: [],
        resources: [resource('financial', 'Grobe Kostenschätzung', 250000, 'EUR', 'appliedFor')],
        fundingOptions: '',
        sdgs: [7],
        co2eEstimate: null,
        climateFocus: 'mitigation',
        priority: 'low',
        status: 'dropped',
      },
    ],
  ];
}

export function demoMeasures(c: DemoCalendar, lang: string): DemoRecord[] {
  return measures(c).map(([id, fields]): DemoRecord => ({ type: 'measure', id, lang, fields }));
}
