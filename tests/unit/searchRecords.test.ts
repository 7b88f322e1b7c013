import { describe, expect, it } from 'vitest';
import { newRecordId, validateRecord, type AnyRecord, type RecordType } from '../../src/domain';
import {
  searchRecords,
  snippet,
  type SearchHit,
  type TextPiece,
} from '../../src/features/search/searchRecords';

const partnershipId = newRecordId('partnership');

function make(
  type: RecordType,
  fields: Record<string, unknown>,
  meta: { id?: string; updatedAt?: string | undefined; partnershipId?: string } = {},
): AnyRecord {
  const id = meta.id ?? (type === 'partnership' ? partnershipId : newRecordId(type));
  const result = validateRecord({
    id,
    type,
    partnershipId: type === 'partnership' ? id : (meta.partnershipId ?? partnershipId),
    createdAt: '2024-01-01T10:00:00.000Z',
    createdBy: 'Test',
    updatedAt: meta.updatedAt ?? '2024-01-01T10:00:00.000Z',
    updatedBy: 'Test',
    ...fields,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const partnership = make('partnership', {
  germanMunicipality: 'Bonn',
  partnerMunicipality: 'Cape Coast',
  partnerCountry: 'GH',
  phase: 3,
});

const measure = (title: string, description = '', updatedAt?: string) =>
  make('measure', { title, description, fieldOfAction: 'renewableEnergy' }, { updatedAt });

/** The highlighted parts of pieces, in order. */
const marked = (pieces: readonly TextPiece[] | null) =>
  (pieces ?? []).filter((piece) => piece.match).map((piece) => piece.text);
const plain = (pieces: readonly TextPiece[] | null) =>
  (pieces ?? []).map((piece) => piece.text).join('');

function hits(records: AnyRecord[], query: string): SearchHit[] {
  return searchRecords(records, query).flatMap((group) => group.hits);
}

/** The single hit of a search that must find exactly one record. */
function only(records: AnyRecord[], query: string): SearchHit {
  const found = hits(records, query);
  expect(found).toHaveLength(1);
  return found[0] as SearchHit;
}

describe('searchRecords', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(searchRecords([partnership, measure('Solar')], '')).toEqual([]);
    expect(searchRecords([partnership, measure('Solar')], '   ')).toEqual([]);
  });

  it('finds "Maßnahme" by "massnahme" and marks the original word', () => {
    const hit = only([measure('Erste Maßnahme im Hafen')], 'massnahme');
    expect(marked(hit.title)).toEqual(['Maßnahme']);
    expect(plain(hit.title)).toBe('Erste Maßnahme im Hafen');
  });

  it('finds accented letters by their plain form and the other way round', () => {
    const cafe = measure('Café solaire à Dakar', 'Énergie propre pour le marché');
    expect(marked(only([cafe], 'cafe').title)).toEqual(['Café']);
    expect(marked(only([cafe], 'energie').snippet)).toEqual(['Énergie']);
    expect(hits([measure('Cafe am Markt')], 'café')).toHaveLength(1);
  });

  it('ignores upper and lower case', () => {
    expect(hits([measure('Solarschule')], 'SOLARSCHULE')).toHaveLength(1);
  });

  it('finds Arabic text, also when written with vowel marks', () => {
    const arabic = measure('مشروع الطاقة الشمسية', 'تركيب ألواح شمسية على المدارس');
    expect(marked(only([arabic], 'الطاقة').title)).toEqual(['الطاقة']);
    expect(marked(only([arabic], 'المدارس').snippet)).toEqual(['المدارس']);
    expect(hits([measure('الطَّاقَة المتجددة')], 'الطاقة')).toHaveLength(1);
  });

  it('needs every word of a multi-word query, in any text of the record', () => {
    const both = measure('Solaranlage', 'Auf dem Dach der Schule in Cape Coast');
    const onlyOne = measure('Solaranlage', 'Auf dem Rathaus');
    const hit = only([both, onlyOne], 'schule solar');
    expect(hit.record.id).toBe(both.id);
    expect(marked(hit.title)).toEqual(['Solar']);
    expect(marked(hit.snippet)).toEqual(['Schule']);
  });

  it('puts title hits first, then the newest', () => {
    const oldTitle = measure('Radwege', '', '2023-01-01T00:00:00.000Z');
    const newTitle = measure('Radwege ausbauen', '', '2024-06-01T00:00:00.000Z');
    const inText = measure('Mobilität', 'Mehr Radwege', '2025-01-01T00:00:00.000Z');
    const ids = hits([inText, oldTitle, newTitle], 'radwege').map((hit) => hit.record.id);
    expect(ids).toEqual([newTitle.id, oldTitle.id, inText.id]);
  });

  it('groups by record type in a fixed order, leaves comments out and names the partnership', () => {
    const deployment = make('deployment', {
      number: 1,
      direction: 'toPartner',
      destination: 'Cape Coast',
      objectives: 'Wasser',
    });
    const logEntry = make('logEntry', {
      deploymentId: deployment.id,
      occurredAt: '2024-03-01T09:00:00.000Z',
      title: 'Besuch',
      notes: 'Wasserwerk besichtigt',
    });
    const comment = make('comment', { targetId: deployment.id, body: 'Wasser?' });
    const groups = searchRecords(
      [logEntry, comment, measure('Wasser sparen'), deployment, partnership],
      'wasser',
    );
    expect(groups.map((group) => group.type)).toEqual(['measure', 'deployment', 'logEntry']);
    const [logHit] = groups[2]?.hits ?? [];
    expect(logHit?.partnership?.id).toBe(partnership.id);
    expect(marked(logHit?.snippet ?? null)).toEqual(['Wasser']);
  });

  it('gives a programme no title of its own but a snippet of its vision', () => {
    const programme = make('programme', { phase: 3, vision: 'Eine klimaneutrale Stadt bis 2040' });
    const hit = only([programme], 'klimaneutrale');
    expect(hit.title).toEqual([]);
    expect(marked(hit.snippet)).toEqual(['klimaneutrale']);
  });

  it('does not repeat a text the title already shows', () => {
    const hit = only([partnership], 'bonn');
    expect(marked(hit.title)).toEqual(['Bonn']);
    expect(hit.snippet).toBeNull();
  });
});

describe('snippet', () => {
  it('cuts long text around the first match at spaces and marks every occurrence', () => {
    const before = 'Vorher '.repeat(30);
    const after = ' danach'.repeat(40);
    const pieces = snippet(`${before}Solar und noch einmal solar${after}`, ['solar']);
    expect(pieces?.[0]).toEqual({ text: '… ', match: false });
    expect(pieces?.at(-1)).toEqual({ text: ' …', match: false });
    expect(marked(pieces)).toEqual(['Solar', 'solar']);
    const text = plain(pieces);
    expect(text.length).toBeLessThan(200);
    expect(text).toMatch(/^… Vorher/);
    expect(text).toMatch(/danach …$/);
  });

  it('shows short text whole, with line breaks as spaces', () => {
    expect(snippet('Zeile eins\nSolar zwei', ['solar'])).toEqual([
      { text: 'Zeile eins ', match: false },
      { text: 'Solar', match: true },
      { text: ' zwei', match: false },
    ]);
  });

  it('merges overlapping matches and keeps characters outside the BMP whole', () => {
    expect(marked(snippet('Sonnenenergie 🌞 jetzt', ['sonnen', 'nenenergie']))).toEqual([
      'Sonnenenergie',
    ]);
    expect(plain(snippet('🌞🌞 Sonne', ['sonne']))).toBe('🌞🌞 Sonne');
  });

  it('returns nothing when no word occurs', () => {
    expect(snippet('Wasser', ['solar'])).toBeNull();
  });
});
