// The production server gzips the app's files; CouchDB's JSON under /couch/ is gzipped once (by
// express-pouchdb, not a second time by the app server), and its open-ended feeds still deliver.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import { databaseName } from '../../server/couch/naming.mjs';
import { ADMIN, record, startTestServer, tmpRoot, type TestServer } from './couchTestServer';

const DEMO_DB = databaseName(DEMO_PARTNERSHIP_ID);
const adminAuth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

let server: TestServer;

beforeAll(async () => {
  const assets = path.join(tmpRoot, 'dist', 'assets');
  mkdirSync(assets, { recursive: true });
  writeFileSync(
    path.join(assets, 'gzip-test.js'),
    `export const words = ${'"Klima", '.repeat(4000)};\n`,
  );
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

/** Headers of a GET with `Accept-Encoding: gzip`; the body is left unread and the request aborted. */
async function headersOf(url: string, headers: Record<string, string> = {}): Promise<Headers> {
  const controller = new AbortController();
  const response = await fetch(url, {
    headers: { 'Accept-Encoding': 'gzip', ...headers },
    signal: controller.signal,
  });
  controller.abort();
  return response.headers;
}

describe('compression', () => {
  it('gzips a script of the build', async () => {
    const headers = await headersOf(`${server.origin}/assets/gzip-test.js`);
    expect(headers.get('content-encoding')).toBe('gzip');
    expect(headers.get('vary')).toContain('Accept-Encoding');
  });

  it('gzips CouchDB JSON once, and a longpoll feed still answers with the change', async () => {
    const auth = { Authorization: adminAuth, Accept: 'application/json' };
    const all = await fetch(`${server.couchUrl}/${DEMO_DB}/_all_docs?include_docs=true`, {
      headers: { 'Accept-Encoding': 'gzip', ...auth },
    });
    expect(all.headers.get('content-encoding')).toBe('gzip');
    const body = (await all.json()) as { rows: unknown[] };
    expect(body.rows.length).toBeGreaterThan(0);

    const changes = fetch(`${server.couchUrl}/${DEMO_DB}/_changes?feed=longpoll&since=now`, {
      headers: { 'Accept-Encoding': 'gzip', ...auth },
    });
    const id = 'measure:01JTESTGZ000000000000000001';
    const put = await fetch(`${server.couchUrl}/${DEMO_DB}/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify(record('measure', id, DEMO_PARTNERSHIP_ID, ADMIN.name)),
    });
    expect(put.status).toBe(201);
    const feed = (await (await changes).json()) as { results: { id: string }[] };
    expect(feed.results.map((change) => change.id)).toContain(id);
  });
});
