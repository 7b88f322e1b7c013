import { describe, expect, it } from 'vitest';
import { db, listPartnershipRecords } from '../../src/db';
import { isRecordId, validateRecord, type AnyRecord } from '../../src/domain';
import {
  DEMO_PARTNERSHIP_ID,
  demoRecords,
  loadDemoPartnership,
} from '../../src/features/partnerships/demoData';

const NOW = new Date(2026, 2, 15, 10, 0);

function countByType(records: readonly AnyRecord[]) {
  const counts: Record<string, number> = {};
  for (const record of records) counts[record.type] = (counts[record.type] ?? 0) + 1;
  return counts;
}

describe('demo partnership', () => {
  it('loads a complete fictional partnership whose every record validates', async () => {
    const id = await loadDemoPartnership('Demo', 'de', NOW);
    expect(id).toBe(DEMO_PARTNERSHIP_ID);
    expect(isRecordId(id, 'partnership')).toBe(true);

    const rows = await db.records.where('partnershipId').equals(id).toArray();
    for (const row of rows) {
      const result = validateRecord(row);
      expect(result.ok, `${row.id}: ${JSON.stringify(result.ok ? [] : result.errors)}`).toBe(true);
    }
    const loaded = await listPartnershipRecords(id);
    expect(loaded.every((item) => item.ok)).toBe(true);
    const records = loaded.flatMap((item) => (item.ok ? [item.record] : []));
    expect(countByType(records)).toEqual({
      partnership: 1,
      deployment: 3,
      logEntry: 8,
      meeting: 3,
      measure: 8,
      programme: 1,
    });

    const partnership = records.find((r) => r.type === 'partnership');
    expect(partnership).toMatchObject({
      germanMunicipality: 'Stadt Lindenau am Main',
      partnerMunicipality: 'Commune de Sanoré',
      partnerCountry: 'BF',
      workingLanguages: ['de', 'fr'],
      phaseStartYear: 2025,
      phaseEndYear: 2027,
    });
  });

  it('covers the programme: deployments in both directions, at least five fields of action, a French meeting', async () => {
    await loadDemoPartnership('Demo', 'de', NOW);
    const records = (await listPartnershipRecords(DEMO_PARTNERSHIP_ID)).flatMap((item) =>
      item.ok ? [item.record] : [],
    );
    const deployments = records.flatMap((r) => (r.type === 'deployment' ? [r] : []));
    expect(deployments.map((d) => [d.number, d.direction, d.status]).sort()).toEqual([
      [1, 'toPartner', 'completed'],
      [2, 'toGermany', 'completed'],
      [3, 'toPartner', 'planned'],
    ]);
    const measures = records.flatMap((r) => (r.type === 'measure' ? [r] : []));
    expect(new Set(measures.map((m) => m.fieldOfAction)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(measures.map((m) => m.status)).size).toBeGreaterThanOrEqual(4);
    expect(measures.some((m) => m.resources.some((r) => r.currency === 'XOF'))).toBe(true);
    expect(measures.some((m) => m.resources.some((r) => r.currency === 'EUR'))).toBe(true);

    const programme = records.find((r) => r.type === 'programme');
    const measureIds = new Set(measures.map((m) => m.id));
    expect(
      programme?.type === 'programme' && programme.measureIds.every((m) => measureIds.has(m)),
    ).toBe(true);
    const logEntries = records.flatMap((r) => (r.type === 'logEntry' ? [r] : []));
    const deploymentIds = new Set(deployments.map((d) => d.id));
    expect(logEntries.every((entry) => deploymentIds.has(entry.deploymentId))).toBe(true);
    expect(logEntries.flatMap((e) => e.measureIds).every((m) => measureIds.has(m))).toBe(true);

    const meetings = records.flatMap((r) => (r.type === 'meeting' ? [r] : []));
    const kickoff = meetings.find((m) => m.kind === 'kickoffWorkshop');
    expect(kickoff && kickoff.date < '2026-03-15').toBe(true);
    expect(meetings.find((m) => m.kind === 'onlineMeeting')?.lang).toBe('fr');
  });

  it('does not create a second demo partnership when loaded twice', async () => {
    await loadDemoPartnership('Demo', 'de', NOW);
    const before = await db.records.count();
    await expect(loadDemoPartnership('Someone else', 'de', NOW)).resolves.toBe(DEMO_PARTNERSHIP_ID);
    expect(await db.records.count()).toBe(before);
    expect(await db.records.where('type').equals('partnership').count()).toBe(1);
  });

  it('completes a load that was interrupted before the partnership was written', async () => {
    const records = demoRecords(NOW, 'de');
    await loadDemoPartnership('Demo', 'de', NOW);
    await db.records.delete(DEMO_PARTNERSHIP_ID);
    await loadDemoPartnership('Demo', 'de', NOW);
    expect(await db.records.count()).toBe(records.length);
  });

  it('uses fixed ids that are valid record ids', () => {
    const records = demoRecords(NOW, 'de');
    expect(records.every((r) => isRecordId(r.id, r.type))).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });
});
