// The demo partnership: a fictional German town and partner municipality with a phase's worth of
// records, written through saveRecord like any input, so it always passes validation. Loading it
// again does nothing: its partnership has a fixed id, and every demo record has a fixed id too, so
// a load that was interrupted half-way is completed by the next one, without duplicates.
import { getRecord, saveRecord } from '../../db';
import type { RecordType } from '../../domain';
import { demoCalendar, DEMO_PARTNERSHIP_ID, type DemoRecord } from './demoIds';
import { demoDeployments } from './demoDeployments';
import { demoMeasures } from './demoMeasures';
import { demoMeetings } from './demoMeetings';
import { demoProgramme } from './demoProgramme';

export { DEMO_PARTNERSHIP_ID } from './demoIds';

/** Every record of the demo, partnership first, in an order that keeps references valid. */
export function demoRecords(now: Date, lang: string): DemoRecord[] {
  const calendar = demoCalendar(now);
  const partnership: DemoRecord = {
    type: 'partnership',
    id: DEMO_PARTNERSHIP_ID,
    lang,
    fields: {
      germanMunicipality: 'Stadt Lindenau am Main',
      partnerMunicipality: 'Commune de Sanoré',
      partnerCountry: 'BF',
      phase: 1,
      phaseStartYear: calendar.phaseStartYear,
      phaseEndYear: calendar.phaseEndYear,
      workingLanguages: ['de', 'fr'],
      status: 'active',
      vision:
        'Lindenau am Main und Sanoré arbeiten als gleichberechtigte Partner daran, ihre Kommunen klimafreundlich und widerstandsfähig gegen Hitze, Dürre und Starkregen zu machen.\n\nWir lernen voneinander – in den Verwaltungen, in den Schulen und in der Bürgerschaft.',
    },
  };
  return [
    partnership,
    ...demoMeasures(calendar, lang),
    demoProgramme(calendar, lang),
    ...demoDeployments(calendar, lang),
    ...demoMeetings(calendar, lang),
  ];
}

/**
 * Put the demo partnership on this device and return its id. Does nothing when it is there
 * already. Throws when a record does not pass validation, so a broken demo never goes unnoticed.
 *
 * @param user the author recorded on the demo's records
 * @param lang the language tag recorded on the records written in German (the demo's main text);
 *   the records written in French are tagged `fr`
 * @param now the day the demo is built around (planned things lie after it)
 */
export async function loadDemoPartnership(
  user: string,
  lang = 'de',
  now: Date = new Date(),
): Promise<string> {
  if (await getRecord(DEMO_PARTNERSHIP_ID)) return DEMO_PARTNERSHIP_ID;
  const records = demoRecords(now, lang);
  // The partnership goes last: as long as it is missing, an interrupted load is repeated in full.
  const ordered = [...records.slice(1), ...records.slice(0, 1)];
  for (const record of ordered) {
    // Left from an interrupted load (and perhaps edited since): keep it as it is.
    if (await getRecord(record.id)) continue;
    const result = await saveRecord<RecordType>({
      type: record.type,
      id: record.id,
      partnershipId: DEMO_PARTNERSHIP_ID,
      fields: record.fields,
      user,
      lang: record.lang,
    });
    if (!result.ok) {
      const problems = result.errors.map((e) => `${e.path}: ${e.key}`).join(', ');
      throw new Error(`Demo record ${record.id} is invalid (${problems})`);
    }
  }
  return DEMO_PARTNERSHIP_ID;
}
