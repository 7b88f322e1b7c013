// Realistic records for the sync benchmark: measures and log entries with a few hundred characters
// of German text each, deterministic per index, every one checked against the domain schemas.
import {
  FIELDS_OF_ACTION,
  LOG_ENTRY_KINDS,
  newItemId,
  newRecordId,
  validateFields,
  validateRecord,
  type AnyRecord,
  type FieldsInput,
  type RecordType,
} from '../../src/domain';

const SENTENCES = [
  'Die Schule im Sektor 3 hat ein Flachdach, das nach erster Einschätzung eine Anlage trägt.',
  'Mit der Stadtverwaltung wurde vereinbart, die Stromrechnungen der letzten zwei Jahre zu teilen.',
  'Die Wasserversorgung fällt in der Trockenzeit regelmäßig aus; eine Zisterne wäre sinnvoll.',
  'Frau Ouédraogo schlägt vor, die Eltern über den Schulrat in die Planung einzubeziehen.',
  'Für die Ausschreibung fehlen noch die Angaben zur Statik und zur Netzanbindung.',
  'Der Gemeinderat hat dem Vorhaben im März zugestimmt, die Finanzierung ist aber offen.',
  'Beim Rundgang über den Markt zeigte sich, dass organische Abfälle kaum getrennt werden.',
  'Die Jugendgruppe möchte Bäume entlang der Hauptstraße pflanzen und selbst pflegen.',
  'Die Kühlung des Gesundheitszentrums läuft bisher über einen Dieselgenerator.',
  'Nächster Schritt: Angebote von drei lokalen Installationsbetrieben einholen.',
];

const PLACES = ['Kaya', 'École primaire Secteur 3', 'Rathaus Beispielheim', 'Marché central'];
const PEOPLE = ['Anna Schmidt', 'Issa Sawadogo', 'Mme Ouédraogo', 'Jonas Weber', 'Awa Traoré'];

const pick = <T>(list: readonly T[], seed: number): T => {
  const item = list[seed % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
};

/** `count` sentences starting at a position that depends on `seed`. */
function prose(seed: number, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(pick(SENTENCES, seed * 7 + i * 3));
  return parts.join(' ');
}

function day(seed: number, offset = 0): string {
  const date = new Date(Date.UTC(2025, 0, 1) + (((seed * 37) % 700) + offset) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

function measureFields(i: number): FieldsInput<'measure'> {
  return {
    title: `Maßnahme ${i + 1}: ${pick(['Solarstrom', 'Zisterne', 'Kompost', 'Radwege'], i)}`,
    description: prose(i, 4),
    fieldOfAction: pick(FIELDS_OF_ACTION, i),
    goal: prose(i + 3, 1),
    appliesTo: pick(['germanSide', 'partnerSide', 'both'] as const, i),
    responsibleGerman: pick(PEOPLE, i),
    responsiblePartner: pick(PEOPLE, i + 1),
    actors: ['politics', 'civilSociety'],
    startDate: day(i),
    endDate: day(i, 365),
    milestones: [{ id: newItemId(), title: 'Ausschreibung', dueDate: day(i, 60), done: false }],
    indicators: [
      { id: newItemId(), name: 'Leistung', unit: 'kWp', baseline: 0, target: 50, targetYear: 2027 },
    ],
    resources: [],
    fundingOptions: 'Nakopa',
    sdgs: [7, 13],
    co2eEstimate: 10 + (i % 90),
    priority: pick(['high', 'medium', 'low'] as const, i),
    status: 'idea',
  };
}

function logEntryFields(i: number, deploymentId: string): FieldsInput<'logEntry'> {
  return {
    deploymentId,
    occurredAt: `${day(i)}T09:30:00.000Z`,
    place: pick(PLACES, i),
    location: {
      latitude: 13.09,
      longitude: -1.08,
      accuracy: 12,
      capturedAt: `${day(i)}T09:31:00.000Z`,
    },
    kind: pick(LOG_ENTRY_KINDS, i),
    title: `Eintrag ${i + 1}: ${pick(PLACES, i + 1)}`,
    notes: prose(i, 4),
    peopleMet: pick(PEOPLE, i + 2),
    followUps: [
      {
        id: newItemId(),
        text: prose(i + 5, 1),
        owner: pick(PEOPLE, i),
        dueDate: null,
        done: false,
      },
    ],
    fieldsOfAction: [pick(FIELDS_OF_ACTION, i)],
    measureIds: [],
  };
}

export interface BenchFields {
  type: Extract<RecordType, 'measure' | 'logEntry'>;
  fields: FieldsInput<'measure'> | FieldsInput<'logEntry'>;
}

/** The editable fields of record `i` (even: measure, odd: log entry), valid per the schemas. */
export function benchFields(i: number, deploymentId: string): BenchFields {
  const type = i % 2 === 0 ? 'measure' : 'logEntry';
  const fields = type === 'measure' ? measureFields(i) : logEntryFields(i, deploymentId);
  const checked = validateFields(type, fields);
  if (!checked.ok) throw new Error(`bench ${type} ${i} invalid: ${JSON.stringify(checked.errors)}`);
  return { type, fields };
}

/** `count` whole records of a partnership by `user`, as CouchDB documents (`_id`, no `id`). */
export function benchDocs(
  count: number,
  partnershipId: string,
  user: string,
): Record<string, unknown>[] {
  const deploymentId = newRecordId('deployment');
  const now = new Date().toISOString();
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const { type, fields } = benchFields(i, deploymentId);
    const checked = validateRecord({
      id: newRecordId(type),
      type,
      partnershipId,
      createdAt: now,
      createdBy: user,
      updatedAt: now,
      updatedBy: user,
      lang: 'de',
      reviewState: 'unreviewed',
      ...fields,
    });
    if (!checked.ok)
      throw new Error(`bench record ${i} invalid: ${JSON.stringify(checked.errors)}`);
    const { id, ...body } = checked.value as AnyRecord;
    docs.push({ _id: id, ...body });
  }
  return docs;
}
