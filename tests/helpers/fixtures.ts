// Valid example records for tests: the editable fields of every record type (complete or minimal),
// whole stored rows, and saving them through the real repository.
import { saveRecord, type StoredRow } from '../../src/db';
import {
  newItemId,
  newRecordId,
  type FieldsInput,
  type RecordOf,
  type RecordType,
} from '../../src/domain';

type Builders = { [T in RecordType]: () => FieldsInput<T> };

const COMPLETE: Builders = {
  partnership: () => ({
    germanMunicipality: 'Stadt Beispielheim',
    partnerMunicipality: 'Ville de Kaya',
    partnerCountry: 'BF',
    phase: 8,
    phaseStartYear: 2023,
    phaseEndYear: 2025,
    workingLanguages: ['de', 'fr'],
    status: 'active',
    vision: 'Gemeinsam klimaneutral bis 2045.',
  }),
  deployment: () => ({
    number: 2,
    direction: 'toPartner',
    destination: 'Kaya',
    startDate: '2024-03-04',
    endDate: '2024-03-15',
    participants: [
      { id: newItemId(), name: 'Anna Schmidt', role: 'Energie', organisation: 'Stadt' },
    ],
    objectives: 'Solaranlagen auf Schulen prüfen.',
    fieldsOfAction: ['renewableEnergy', 'environmentalEducation'],
    status: 'completed',
    summary: 'Drei Schulen besucht.',
  }),
  logEntry: () => ({
    deploymentId: newRecordId('deployment'),
    occurredAt: '2024-03-05T09:30:00.000Z',
    place: 'École primaire Secteur 3',
    location: {
      latitude: 13.09,
      longitude: -1.08,
      accuracy: 12,
      capturedAt: '2024-03-05T09:31:00.000Z',
    },
    kind: 'siteVisit',
    title: 'Dach der Schule begutachtet',
    notes: 'Dach trägt eine Anlage von etwa 10 kWp.',
    peopleMet: 'Schulleiterin Mme Ouédraogo',
    followUps: [
      { id: newItemId(), text: 'Statik prüfen', owner: 'Anna', dueDate: '2024-04-01', done: false },
    ],
    fieldsOfAction: ['renewableEnergy'],
    measureIds: [newRecordId('measure')],
  }),
  meeting: () => ({
    kind: 'networkMeeting',
    title: 'Netzwerktreffen Süd',
    date: '2024-05-16',
    place: 'Bonn',
    participants: [{ id: newItemId(), name: 'Kwame Mensah', role: '', organisation: 'Kumasi' }],
    agendaItems: [{ id: newItemId(), text: 'Stand der Handlungsprogramme' }],
    notes: 'Gute Stimmung.',
    decisions: [{ id: newItemId(), text: 'Ergebnisworkshop im Herbst' }],
    actionItems: [
      { id: newItemId(), text: 'Einladung verschicken', owner: 'SKEW', dueDate: null, done: true },
    ],
  }),
  measure: () => ({
    title: 'Photovoltaik auf Schuldächern',
    description: 'Zehn Schulen erhalten Solaranlagen.',
    fieldOfAction: 'renewableEnergy',
    goal: 'Strom für Unterricht und Kühlung',
    appliesTo: 'partnerSide',
    responsibleGerman: 'Anna Schmidt',
    responsiblePartner: 'Issa Sawadogo',
    actors: ['politics', 'civilSociety'],
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    milestones: [{ id: newItemId(), title: 'Ausschreibung', dueDate: '2025-03-01', done: false }],
    indicators: [
      {
        id: newItemId(),
        name: 'Installierte Leistung',
        unit: 'kWp',
        baseline: 0,
        target: 100,
        targetYear: 2026,
      },
    ],
    resources: [
      {
        id: newItemId(),
        kind: 'financial',
        description: 'Module und Montage',
        amount: 120000,
        currency: 'EUR',
        source: 'appliedFor',
      },
    ],
    fundingOptions: 'Nakopa',
    sdgs: [7, 13],
    co2eEstimate: 60,
    climateFocus: 'mitigation',
    priority: 'high',
    status: 'idea',
  }),
  programme: () => ({
    phase: 8,
    vision: 'Zwei Städte, ein Klima.',
    fieldGoals: [{ fieldOfAction: 'renewableEnergy', goals: 'Jede Schule mit Solarstrom.' }],
    measureIds: [newRecordId('measure')],
    version: 2,
    adoptedGermanCouncil: '2025-06-12',
    adoptedPartnerCouncil: null,
  }),
  comment: () => ({
    targetId: newRecordId('measure'),
    body: 'Bitte die Finanzierung genauer beschreiben.',
    kind: 'changesRequested',
  }),
  photo: () => ({
    targetId: newRecordId('logEntry'),
    caption: 'Das Dach von Süden',
    contentType: 'image/jpeg',
    width: 1600,
    height: 1200,
    size: 245_000,
    takenAt: '2024-03-05T09:40:00.000Z',
  }),
};

const MINIMAL: Builders = {
  partnership: () => ({
    germanMunicipality: 'Stadt Beispielheim',
    partnerMunicipality: 'Ville de Kaya',
    partnerCountry: 'BF',
    phase: 8,
  }),
  deployment: () => ({ number: 1, direction: 'toGermany', destination: 'Beispielheim' }),
  logEntry: () => ({
    deploymentId: newRecordId('deployment'),
    occurredAt: '2024-03-05T09:30:00.000Z',
    title: 'Beobachtung',
  }),
  meeting: () => ({ kind: 'partnerMeeting', title: 'Partnertreffen', date: '2024-05-16' }),
  measure: () => ({ title: 'Radwege', fieldOfAction: 'lowCarbonMobility' }),
  programme: () => ({ phase: 8 }),
  comment: () => ({ targetId: newRecordId('measure'), body: 'Sieht gut aus.' }),
  photo: () => ({
    targetId: newRecordId('logEntry'),
    width: 1200,
    height: 1600,
    size: 180_000,
    takenAt: '2024-03-05T09:40:00.000Z',
  }),
};

/** Every field of the type filled with a valid value; fresh item ids each call. */
export function completeFields<T extends RecordType>(
  type: T,
  overrides: Partial<FieldsInput<T>> = {},
): FieldsInput<T> {
  return { ...(COMPLETE[type] as () => FieldsInput<T>)(), ...overrides };
}

/** Only the required fields of the type; everything else is left to the schema's defaults. */
export function minimalFields<T extends RecordType>(
  type: T,
  overrides: Partial<FieldsInput<T>> = {},
): FieldsInput<T> {
  return { ...(MINIMAL[type] as () => FieldsInput<T>)(), ...overrides };
}

/** A whole stored row as the repository writes it (meta, fields and sync state). */
export function storedRow(
  type: RecordType,
  overrides: Record<string, unknown> = {},
): StoredRow & Record<string, unknown> {
  const id = newRecordId(type);
  return {
    id,
    type,
    partnershipId: type === 'partnership' ? id : newRecordId('partnership'),
    createdAt: '2024-03-01T08:00:00.000Z',
    createdBy: 'Anna',
    updatedAt: '2024-03-02T08:00:00.000Z',
    updatedBy: 'Issa',
    lang: 'de',
    reviewState: 'unreviewed',
    ...completeFields(type),
    rev: null,
    base: null,
    pending: 1,
    deleted: 0,
    ...overrides,
  };
}

/** Save a valid partnership through the repository and return it. */
export async function savePartnership(
  overrides: Partial<FieldsInput<'partnership'>> = {},
  user = 'Anna',
): Promise<RecordOf<'partnership'>> {
  const result = await saveRecord({
    type: 'partnership',
    fields: completeFields('partnership', overrides),
    user,
    lang: 'de',
  });
  if (!result.ok) throw new Error(`fixture partnership invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Save a valid record of any type in a partnership through the repository and return it. */
export async function saveValid<T extends RecordType>(
  type: T,
  partnershipId: string,
  overrides: Partial<FieldsInput<T>> = {},
  user = 'Anna',
): Promise<RecordOf<T>> {
  const result = await saveRecord({
    type,
    partnershipId,
    fields: completeFields(type, overrides),
    user,
    lang: 'de',
  });
  if (!result.ok) throw new Error(`fixture ${type} invalid: ${JSON.stringify(result.errors)}`);
  return result.value;
}
