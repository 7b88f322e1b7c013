// Photos on the server: validate_doc_update accepts a `photo` with exactly its two images
// ("full" and "thumb") and refuses attachments anywhere else; through the HTTP API, members of a
// partnership may put and get the attachments of its database, nobody else may.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocUpdateSource } from '../../server/couch/designDoc.mjs';
import { DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import { databaseName, partnershipRole } from '../../server/couch/naming.mjs';
import { couchClient, provisionPartnership } from '../../server/couch/provisioning.mjs';
import {
  ADMIN,
  CouchSession,
  DEMO_PASSWORD,
  record,
  startTestServer,
  type TestServer,
} from './couchTestServer';

type Doc = Record<string, unknown>;
type UserCtx = { name: string | null; roles: string[] };
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: UserCtx, secObj: unknown) => void;

const PID = DEMO_PARTNERSHIP_ID;
const validate = new Function(`return (${validateDocUpdateSource(PID)});`)() as Validate;
const expert: UserCtx = { name: 'expert', roles: ['p-01JDEM01000000000000000001'] };
const admin: UserCtx = { name: 'admin', roles: ['_admin'] };

const PHOTO_ID = 'photo:01JTEST8000000000000000001';
const inline = (type = 'image/jpeg', data = 'AQID') => ({ content_type: type, data });

function photoDoc(attachments: unknown, extra: Doc = {}): Doc {
  return {
    ...record('photo', PHOTO_ID, PID, 'expert', {
      targetId: 'logEntry:01JTEST3000000000000000001',
      caption: '',
      contentType: 'image/jpeg',
      width: 1600,
      height: 1200,
      size: 3,
      takenAt: '2024-03-05T09:40:00.000Z',
    }),
    ...(attachments === undefined ? {} : { _attachments: attachments }),
    ...extra,
  };
}

/** The rejection's code, or undefined when the write is accepted. */
function codeOf(newDoc: Doc, oldDoc: Doc | null, user: UserCtx = expert): string | undefined {
  try {
    validate(newDoc, oldDoc, user, {});
    return undefined;
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown }).forbidden;
    if (typeof forbidden !== 'string') throw error;
    return forbidden.split(':')[0];
  }
}

describe('validate_doc_update and photos', () => {
  it('accepts a photo with its image and thumbnail, inline or as stubs of an update', () => {
    expect(codeOf(photoDoc({ full: inline(), thumb: inline() }), null)).toBeUndefined();
    const stored = { ...photoDoc({ full: inline(), thumb: inline() }), _rev: '1-a' };
    const stubs = { full: { stub: true }, thumb: { stub: true, digest: 'md5-x', length: 3 } };
    expect(codeOf(photoDoc(stubs, { caption: 'Dach', _rev: '1-a' }), stored)).toBeUndefined();
  });

  it('refuses a photo without both images, with others, or with something not an image', () => {
    const cases: unknown[] = [
      undefined,
      {},
      { full: inline() },
      { full: inline(), thumb: inline(), extra: inline() },
      { full: inline(), preview: inline() },
      { full: inline('text/html'), thumb: inline() },
      { full: inline(), thumb: { data: 'AQID' } },
      { full: inline(), thumb: 'AQID' },
      'attachments',
    ];
    for (const attachments of cases) {
      expect(codeOf(photoDoc(attachments), null), JSON.stringify(attachments)).toBe(
        'invalid_attachment',
      );
    }
  });

  it('refuses an image over 5 MiB, by its length (CouchDB) or its data (PouchDB)', () => {
    const big = { content_type: 'image/jpeg', length: 6 * 1024 * 1024, stub: false };
    expect(codeOf(photoDoc({ full: big, thumb: inline() }), null)).toBe('invalid_attachment');
    const data = 'A'.repeat(7 * 1024 * 1024);
    expect(codeOf(photoDoc({ full: inline('image/jpeg', data), thumb: inline() }), null)).toBe(
      'invalid_attachment',
    );
  });

  it('refuses attachments on every other record, also from admins', () => {
    const measure = record('measure', 'measure:01JTEST5000000000000000009', PID, 'expert', {
      title: 'Solar',
      _attachments: { full: inline() },
    });
    expect(codeOf(measure, null)).toBe('invalid_attachment');
    expect(codeOf(measure, null, admin)).toBe('invalid_attachment');
  });

  it('lets members delete a photo (a tombstone has no images)', () => {
    const stored = { ...photoDoc({ full: inline(), thumb: inline() }), _rev: '1-a' };
    const tombstone = { _id: PHOTO_ID, _rev: '1-a', _deleted: true, updatedBy: 'expert' };
    expect(codeOf(tombstone, stored)).toBeUndefined();
  });
});

describe('photo attachments over HTTP', () => {
  const DEMO_DB = databaseName(PID);
  const OTHER_PID = 'partnership:01JTHRDPA00000000000000000';
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await provisionPartnership(
      couchClient({ url: server.couchUrl, name: ADMIN.name, password: ADMIN.password }),
      {
        partnershipId: OTHER_PID,
        users: [{ name: 'other', roles: [partnershipRole(OTHER_PID)], password: 'other-pw' }],
      },
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  async function signedIn(name: string, password = DEMO_PASSWORD): Promise<CouchSession> {
    const session = new CouchSession(server.couchUrl);
    expect((await session.login(name, password)).status, name).toBe(200);
    return session;
  }

  /** A request with a raw body, as the browser sends an attachment. */
  async function raw(
    session: CouchSession | null,
    method: string,
    path: string,
    body?: Uint8Array<ArrayBuffer>,
    type = 'image/jpeg',
  ) {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (session?.cookie) headers['Cookie'] = session.cookie;
    if (body) headers['Content-Type'] = type;
    const response = await fetch(server.couchUrl + path, {
      method,
      headers,
      ...(body ? { body: new Blob([body]) } : {}),
    });
    return { status: response.status, type: response.headers.get('Content-Type'), response };
  }

  it('members put a photo with its images in one request and get each image back', async () => {
    const expertSession = await signedIn('expert');
    const full = new Uint8Array(50_000).map((_, i) => i % 256);
    const reply = await expertSession.request('POST', `/${DEMO_DB}/_bulk_docs`, {
      docs: [
        photoDoc({
          full: inline('image/jpeg', Buffer.from(full).toString('base64')),
          thumb: inline(),
        }),
      ],
    });
    expect(reply.body).toEqual([expect.objectContaining({ ok: true, id: PHOTO_ID })]);

    const partnerSession = await signedIn('partner');
    const got = await raw(
      partnerSession,
      'GET',
      `/${DEMO_DB}/${encodeURIComponent(PHOTO_ID)}/full`,
    );
    expect(got.status).toBe(200);
    expect(got.type).toMatch(/^image\/jpeg/);
    expect(new Uint8Array(await got.response.arrayBuffer())).toEqual(full);
    const thumb = await raw(
      partnerSession,
      'GET',
      `/${DEMO_DB}/${encodeURIComponent(PHOTO_ID)}/thumb`,
    );
    expect(new Uint8Array(await thumb.response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('members put an image as an attachment of their own photo; only images, only the two names', async () => {
    // A PUT of an attachment changes the document without changing its `updatedBy`: only the one
    // who wrote the current version may do it (anyone else writes in their name: wrong_author).
    const partnerSession = await signedIn('partner');
    const expertSession = await signedIn('expert');
    const path = `/${DEMO_DB}/${encodeURIComponent(PHOTO_ID)}`;
    const rev = ((await expertSession.request('GET', path)).body as { _rev: string })._rev;
    const image = new Uint8Array([9, 8, 7]);

    expect((await raw(partnerSession, 'PUT', `${path}/thumb?rev=${rev}`, image)).status).toBe(403);
    expect((await raw(expertSession, 'PUT', `${path}/other?rev=${rev}`, image)).status).toBe(403);
    const html = await raw(expertSession, 'PUT', `${path}/full?rev=${rev}`, image, 'text/html');
    expect(html.status).toBe(403);

    const put = await raw(expertSession, 'PUT', `${path}/thumb?rev=${rev}`, image);
    expect(put.status).toBe(201);
    const got = await raw(partnerSession, 'GET', `${path}/thumb`);
    expect(new Uint8Array(await got.response.arrayBuffer())).toEqual(image);
  });

  it('keeps everyone else out: 401 without a session, 403 for a member of another partnership', async () => {
    const path = `/${DEMO_DB}/${encodeURIComponent(PHOTO_ID)}/full`;
    expect((await raw(null, 'GET', path)).status).toBe(401);
    expect((await raw(null, 'PUT', path, new Uint8Array([1]))).status).toBe(401);
    const otherSession = await signedIn('other', 'other-pw');
    expect((await raw(otherSession, 'GET', path)).status).toBe(403);
    expect((await raw(otherSession, 'PUT', `${path}?rev=1-x`, new Uint8Array([1]))).status).toBe(
      403,
    );
  });

  it('refuses an attachment body over 8 MiB before reading it', async () => {
    const expertSession = await signedIn('expert');
    const path = `/${DEMO_DB}/${encodeURIComponent(PHOTO_ID)}/full?rev=1-x`;
    const big = await raw(expertSession, 'PUT', path, new Uint8Array(9 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(await big.response.json()).toMatchObject({ error: 'too_large' });
  });

  it('refuses an attachment on a record that is not a photo', async () => {
    const expertSession = await signedIn('expert');
    const id = 'measure:01JTEST5000000000000000008';
    const put = await expertSession.request(
      'PUT',
      `/${DEMO_DB}/${id}`,
      record('measure', id, PID, 'expert', { title: 'Solar' }),
    );
    expect(put.status).toBe(201);
    const attached = await raw(
      expertSession,
      'PUT',
      `/${DEMO_DB}/${id}/full?rev=${String(put.body.rev)}`,
      new Uint8Array([1]),
    );
    expect(attached.status).toBe(403);
    expect(await attached.response.json()).toMatchObject({
      error: 'forbidden',
      reason: expect.stringMatching(/^invalid_attachment: /),
    });
  });
});
