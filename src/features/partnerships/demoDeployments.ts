// The demo's three deployments with their logs (fictional people, see demoData.ts).
import type { FieldsInput } from '../../domain';
import { demoId, DEMO_MEASURES as M, type DemoCalendar, type DemoRecord } from './demoIds';
import { KABORE, MAAS, BRENNER, OUEDRAOGO, task, VOGEL, ZONGO } from './demoPeople';

const DEPLOYMENT_1 = demoId('deployment', 1);
const DEPLOYMENT_2 = demoId('deployment', 2);

function deployments(c: DemoCalendar): [string, FieldsInput<'deployment'>][] {
  return [
    [
      DEPLOYMENT_1,
      {
        number: 1,
        direction: 'toPartner',
        destination: 'Sanoré, Burkina Faso',
        startDate: c.day(-240),
        endDate: c.day(-229),
        participants: [VOGEL, BRENNER, MAAS],
        objectives:
          'Verwaltung und Fachdienste kennenlernen; gemeinsame Bestandsaufnahme zu Abfall, Wasser und Energie; erste Ideen für Maßnahmen sammeln.',
        fieldsOfAction: ['wasteRecycling', 'waterWastewater', 'renewableEnergy'],
        status: 'completed',
        summary:
          'Zwölf intensive Tage mit großer Offenheit der Verwaltung. Drei Schwerpunkte haben sich herausgebildet: Kompostierung der Marktabfälle, Sicherung der Brunnen im Secteur 4 und Solarstrom für das Gesundheitszentrum.',
      },
    ],
    [
      DEPLOYMENT_2,
      {
        number: 2,
        direction: 'toGermany',
        destination: 'Lindenau am Main',
        startDate: c.day(-100),
        endDate: c.day(-91),
        participants: [OUEDRAOGO, KABORE, ZONGO],
        objectives:
          'Beispiele aus Lindenau kennenlernen (Kompostierung, Photovoltaik, Klimabildung); den Entwurf des Handlungsprogramms gemeinsam erarbeiten.',
        fieldsOfAction: ['wasteRecycling', 'renewableEnergy', 'environmentalEducation'],
        status: 'completed',
        summary:
          'Der Entwurf des Handlungsprogramms mit acht Maßnahmen steht. Die Delegation nimmt das Kompostverfahren und die Idee der Klimaschulen mit nach Sanoré.',
      },
    ],
    [
      demoId('deployment', 3),
      {
        number: 3,
        direction: 'toPartner',
        destination: 'Sanoré, Burkina Faso',
        startDate: c.day(75),
        endDate: c.day(86),
        participants: [VOGEL, BRENNER],
        objectives:
          'Handlungsprogramm mit dem Gemeinderat abstimmen; Kompostplatz am Markt besuchen; Förderantrag für die Solaranlage vorbereiten.',
        fieldsOfAction: ['wasteRecycling', 'renewableEnergy'],
        status: 'planned',
        summary: '',
      },
    ],
  ];
}

function logEntries(c: DemoCalendar): [string, FieldsInput<'logEntry'>][] {
  const entry = (
    deploymentId: string,
    fields: Omit<FieldsInput<'logEntry'>, 'deploymentId'>,
  ): FieldsInput<'logEntry'> => ({ deploymentId, ...fields });
  const list: FieldsInput<'logEntry'>[] = [
    entry(DEPLOYMENT_1, {
      occurredAt: c.at(-239, '09:00'),
      place: 'Mairie de Sanoré, salle de conférence',
      kind: 'meeting',
      title: 'Auftaktgespräch mit Bürgermeister und Fachdiensten',
      notes:
        'Begrüßung durch Bürgermeister Adama Ilboudo vor rund 25 Gästen aus Verwaltung, Gemeinderat und Zivilgesellschaft.\nDie Kommune sieht die größten Probleme bei der Abfallentsorgung am Zentralmarkt, der Wasserversorgung in den Randvierteln und den hohen Stromkosten der öffentlichen Gebäude.\nVereinbart: jeden Abend eine kurze Auswertung im Kernteam.',
      peopleMet:
        'Adama Ilboudo (Bürgermeister), Issouf Sawadogo (Generalsekretär), Mariam Kaboré (Umweltdienst), Boukary Zongo (technischer Dienst)',
      followUps: [
        task(
          'Organigramm der Verwaltung mit Zuständigkeiten anfordern',
          'Katrin Vogel',
          c.day(-232),
          true,
        ),
      ],
      fieldsOfAction: ['wasteRecycling', 'waterWastewater', 'renewableEnergy'],
      measureIds: [],
    }),
    entry(DEPLOYMENT_1, {
      occurredAt: c.at(-238, '08:30'),
      place: 'Zentralmarkt und Ablagerungsfläche am Ortsausgang',
      kind: 'siteVisit',
      title: 'Besichtigung Zentralmarkt und Abfallablagerung',
      notes:
        'Laut Umweltdienst fallen am Markt täglich 8–10 t Abfall an, überwiegend organisch. Zwei Traktoren mit Anhänger bringen ihn auf eine ungesicherte Fläche 3 km außerhalb; dort wird offen verbrannt, der Rauch zieht in die Wohnhäuser.\nDie Frauenkooperative »Wend Panga« sortiert schon Kunststoff aus und verkauft ihn weiter. Die organischen Abfälle könnten direkt am Markt kompostiert werden.',
      peopleMet:
        'Mariam Kaboré (Umweltdienst); Salimata Ouédraogo (Vorsitzende der Kooperative »Wend Panga«) und fünf Mitglieder',
      followUps: [
        task(
          'Abfallmengen eine Woche lang wiegen (Waage vom technischen Dienst)',
          'Mariam Kaboré',
          c.day(-200),
          true,
        ),
        task(
          'Fotos der Grünschnittkompostierung in Lindenau schicken',
          'Jonas Brenner',
          c.day(-220),
          false,
        ),
      ],
      fieldsOfAction: ['wasteRecycling'],
      measureIds: [M.marketCompost],
    }),
    entry(DEPLOYMENT_1, {
      occurredAt: c.at(-236, '10:15'),
      place: 'Secteur 4, Wasserturm',
      kind: 'siteVisit',
      title: 'Brunnen und Wasserturm im Secteur 4',
      notes:
        'Von 14 Brunnen sind 5 außer Betrieb (Pumpen defekt, Ersatzteile fehlen). In der Regenzeit läuft Oberflächenwasser in die Brunnenschächte.\nDer Wasserturm wird mit einer Dieselpumpe befüllt, etwa 40 l Diesel am Tag. Der technische Dienst schlägt eine Solarpumpe und Betonringe mit Ablaufrinne vor.',
      peopleMet: 'Boukary Zongo (technischer Dienst), Brunnenkomitee Secteur 4',
      followUps: [
        task('Kostenschätzung für eine Solarpumpe einholen', 'Boukary Zongo', c.day(-180), false),
        task(
          'Wasserproben aus drei Brunnen untersuchen lassen',
          'Mariam Kaboré',
          c.day(-210),
          true,
        ),
      ],
      fieldsOfAction: ['waterWastewater', 'adaptation'],
      measureIds: [M.wellsSector4],
    }),
    entry(DEPLOYMENT_1, {
      occurredAt: c.at(-234, '14:00'),
      place: 'Mairie de Sanoré',
      kind: 'workshopSession',
      title: 'Workshop: Strom für öffentliche Gebäude',
      notes:
        'Bestandsaufnahme: Rathaus, Gesundheitszentrum, zwei Schulen. Das Gesundheitszentrum hat mehrmals pro Woche Stromausfall; Impfstoffe lagern in einem Gaskühlschrank. Die Stromrechnungen der Kommune liegen bei rund 9 Mio. XOF im Jahr.\nJonas Brenner stellte die Dachanlagen der Stadtwerke Lindenau vor. Ergebnis: Das Gesundheitszentrum hat Vorrang; im Rathaus wird LED-Beleuchtung als Pilot erprobt.',
      peopleMet:
        'Dr. Rasmata Sawadogo (Leiterin des Gesundheitszentrums), Boukary Zongo, zwei Elektriker des technischen Dienstes',
      followUps: [
        task(
          'Stromrechnungen der letzten 12 Monate zusammenstellen',
          'Issouf Sawadogo',
          c.day(-220),
          true,
        ),
        task(
          'Lastprofil des Gesundheitszentrums messen (Messgerät bleibt vor Ort)',
          'Boukary Zongo',
          c.day(-150),
          false,
        ),
      ],
      fieldsOfAction: ['renewableEnergy', 'energyEfficiency'],
      measureIds: [M.solarHealthCentre, M.ledTownHall],
    }),
    entry(DEPLOYMENT_1, {
      occurredAt: c.at(-232, '12:30'),
      place: 'Avenue principale',
      kind: 'observation',
      title: 'Hitze und fehlender Schatten an der Hauptstraße',
      notes:
        'Mittags über 40 °C. Marktfrauen und Schulkinder gehen ohne Schatten an der Hauptstraße entlang; die alte Baumreihe wurde beim Straßenausbau gefällt.\nViele fahren Moped, kaum jemand Fahrrad, obwohl die Wege kurz sind.',
      peopleMet: '',
      followUps: [
        task(
          'Mit der Schule klären, ob Klassen Baumpatenschaften übernehmen',
          'Aminata Ouédraogo',
          c.day(-60),
          false,
        ),
      ],
      fieldsOfAction: ['renaturation', 'adaptation', 'lowCarbonMobility'],
      measureIds: [M.shadeTrees],
    }),
    entry(DEPLOYMENT_2, {
      occurredAt: c.at(-99, '10:00'),
      place: 'Kompostplatz des Abfallwirtschaftsbetriebs Lindenau',
      kind: 'siteVisit',
      title: 'Wertstoffhof und Kompostplatz',
      notes:
        'Mietenkompostierung ohne Maschinen, Temperaturkontrolle mit einfachen Thermometern. Mariam Kaboré: Das lässt sich mit der Kooperative umsetzen, wenn Schaufeln, Schubkarren und ein überdachter Platz vorhanden sind.',
      peopleMet: 'Thomas Keller (Betriebsleiter Kompostplatz)',
      followUps: [
        task(
          'Materialliste für den Kompostplatz am Markt aufstellen',
          'Mariam Kaboré',
          c.day(-85),
          true,
        ),
      ],
      fieldsOfAction: ['wasteRecycling'],
      measureIds: [M.marketCompost],
    }),
    entry(DEPLOYMENT_2, {
      occurredAt: c.at(-97, '13:30'),
      place: 'Stadtwerke Lindenau, Gesamtschule Am Lindenhof',
      kind: 'siteVisit',
      title: 'Photovoltaik auf Schuldächern und Batteriespeicher',
      notes:
        'Besichtigung einer 45-kWp-Anlage mit Speicher auf der Gesamtschule. Die Stadtwerke bieten an, die Ausschreibung für das Gesundheitszentrum fachlich zu begleiten.',
      peopleMet: 'Jonas Brenner und zwei Kollegen der Stadtwerke; Schulleiterin Frau Ahrens',
      followUps: [
        task(
          'Angebot für eine 30-kWp-Anlage mit Speicher anfragen',
          'Jonas Brenner',
          c.day(20),
          false,
        ),
        task(
          'Projektskizze für den Förderantrag (Nakopa) schreiben',
          'Katrin Vogel',
          c.day(30),
          false,
        ),
      ],
      fieldsOfAction: ['renewableEnergy'],
      measureIds: [M.solarHealthCentre],
    }),
    entry(DEPLOYMENT_2, {
      occurredAt: c.at(-94, '09:00'),
      place: 'Rathaus Lindenau, Ratssaal',
      kind: 'workshopSession',
      title: 'Workshop Handlungsprogramm: Maßnahmen priorisieren',
      notes:
        'Mit Verwaltung und Klimabeirat wurden 12 Ideen nach Wirkung, Kosten und Umsetzbarkeit bewertet. Acht Maßnahmen kommen in den Entwurf des Handlungsprogramms; die Biogasanlage am Schlachthof wird nicht weiterverfolgt.\nFür jede Maßnahme sind Verantwortliche auf beiden Seiten benannt.',
      peopleMet: 'Klimabeirat der Stadt Lindenau (6 Mitglieder), Bürgermeisterin Sabine Roth',
      followUps: [
        task(
          'Entwurf des Handlungsprogramms ins Französische übersetzen',
          'Aminata Ouédraogo',
          c.day(-60),
          true,
        ),
        task('Entwurf im Gemeinderat Sanoré vorstellen', 'Issouf Sawadogo', c.day(45), false),
      ],
      fieldsOfAction: ['wasteRecycling', 'renewableEnergy', 'waterWastewater', 'renaturation'],
      measureIds: [M.marketCompost, M.solarHealthCentre, M.wellsSector4, M.biogas],
    }),
  ];
  return list.map((fields, index) => [demoId('logEntry', index + 1), fields]);
}

export function demoDeployments(c: DemoCalendar, lang: string): DemoRecord[] {
  return [
    ...deployments(c).map(([id, fields]): DemoRecord => ({ type: 'deployment', id, lang, fields })),
    ...logEntries(c).map(([id, fields]): DemoRecord => ({ type: 'logEntry', id, lang, fields })),
  ];
}
