// The demo's action programme: vision, goals for four fields of action, the measures in order.
import { demoId, DEMO_MEASURES as M, type DemoCalendar, type DemoRecord } from './demoIds';

export function demoProgramme(c: DemoCalendar, lang: string): DemoRecord {
  const goalYear = c.phaseEndYear + 3;
  const programme: DemoRecord = {
    type: 'programme',
    id: demoId('programme', 1),
    lang,
    fields: {
      phase: 1,
      vision:
        'Lindenau am Main und Sanoré verbindet seit vielen Jahren eine Schulpartnerschaft. Mit der Klimapartnerschaft wollen wir gemeinsam zeigen, dass kleine Kommunen viel erreichen: weniger Abfall, der verbrannt wird, sauberes Wasser, Strom aus der Sonne und schattige Straßen.\n\nDieses Handlungsprogramm ist der Entwurf, den beide Gemeinderäte beraten.',
      fieldGoals: [
        {
          fieldOfAction: 'wasteRecycling',
          goals: `Bis ${goalYear} wird der größte Teil der organischen Marktabfälle in Sanoré kompostiert statt verbrannt.`,
        },
        {
          fieldOfAction: 'renewableEnergy',
          goals:
            'Die öffentlichen Gebäude mit dem höchsten Strombedarf werden schrittweise mit Solarstrom versorgt, das Gesundheitszentrum zuerst.',
        },
        {
          fieldOfAction: 'waterWastewater',
          goals:
            'Sicheres Trinkwasser in allen Vierteln, auch in Dürrejahren und in der Regenzeit.',
        },
        {
          fieldOfAction: 'renaturation',
          goals: 'Schatten und Grün an den wichtigsten Wegen schützen vor Hitze und Erosion.',
        },
      ],
      measureIds: [
        M.marketCompost,
        M.solarHealthCentre,
        M.ledTownHall,
        M.wellsSector4,
        M.shadeTrees,
        M.climateSchools,
      ],
      version: 1,
      adoptedGermanCouncil: null,
      adoptedPartnerCouncil: null,
    },
  };
  return programme;
}
