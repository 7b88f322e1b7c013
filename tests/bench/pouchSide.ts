// PouchDB's own replication for the benchmark: pouchdb-core 9 with the memory, HTTP and
// replication plugins, talking to the server through the same cookie-carrying fetch as the app.
import { createRequire } from 'node:module';
import { createCouchClient, type FetchLike } from '../../src/sync/couchClient';
import { DEMO_PASSWORD } from '../server/couchTestServer';
import { cookieJarFetch } from '../sync/helpers/cookieFetch';
import { benchDocs } from './benchRecords';
import { startTiming } from './benchTable';

interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

export interface PouchDatabase {
  bulkDocs(docs: readonly Record<string, unknown>[]): Promise<{ ok?: boolean; error?: string }[]>;
  allDocs(): Promise<{ rows: { id: string }[] }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
}

interface PouchConstructor {
  new (name: string, options?: Record<string, unknown>): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
  replicate(
    source: PouchDatabase,
    target: PouchDatabase,
    options?: Record<string, unknown>,
  ): Promise<ReplicationResult>;
}

// CommonJS without type declarations: loaded with require, typed by what this file uses. The
// constructor is shared in the process: the embedded server's module (imported for the test
// helpers) may have added the plugins already, and replication cannot be added twice.
const require = createRequire(import.meta.url);
const core = require('pouchdb-core') as PouchConstructor;
const withAdapters = core
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'));
const PouchDB =
  typeof withAdapters.replicate === 'function'
    ? withAdapters
    : withAdapters.plugin(require('pouchdb-replication'));

let memoryCount = 0;

/** A new, empty in-memory PouchDB (memdown, in this process only). */
function memoryPouch(): PouchDatabase {
  memoryCount += 1;
  return new PouchDB(`bench-${memoryCount}-${Date.now()}`, { adapter: 'memory' });
}

/**
 * A server database over HTTP with a new session of `user`: requests go through the same
 * cookie-carrying fetch as the app's devices (Node's fetch), not PouchDB's bundled node-fetch.
 */
async function remotePouch(couchUrl: string, dbName: string, user: string): Promise<PouchDatabase> {
  const jar = cookieJarFetch();
  await createCouchClient({ baseUrl: couchUrl, fetch: jar.fetch }).signIn(user, DEMO_PASSWORD);
  const fetch: FetchLike = jar.fetch;
  return new PouchDB(`${couchUrl}/${dbName}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: (url: string, init: RequestInit) => fetch(url, init),
  });
}

/** The record documents of a PouchDB (design documents left out). */
async function recordCount(database: PouchDatabase): Promise<number> {
  const { rows } = await database.allDocs();
  return rows.filter((row) => !row.id.startsWith('_design/')).length;
}

function check(condition: boolean, what: string, result: ReplicationResult): void {
  if (!condition) {
    const { docs_read, docs_written, doc_write_failures, errors } = result;
    const summary = JSON.stringify({ docs_read, docs_written, doc_write_failures, errors });
    throw new Error(`PouchDB: ${what} (${summary.slice(0, 500)})`);
  }
}

/**
 * PouchDB replicates a server database holding `count` records into a fresh memory PouchDB
 * (one-shot, PouchDB's defaults: batch_size 100, batches_limit 10); returns the milliseconds.
 */
export async function pouchPull(
  couchUrl: string,
  user: string,
  dbName: string,
  count: number,
): Promise<number> {
  const remote = await remotePouch(couchUrl, dbName, user);
  const local = memoryPouch();
  try {
    const started = startTiming();
    const result = await PouchDB.replicate(remote, local);
    const ms = performance.now() - started;
    check(result.ok && result.doc_write_failures === 0, 'replication failed', result);
    const stored = await recordCount(local);
    check(stored === count, `${stored} records replicated, not ${count}`, result);
    return ms;
  } finally {
    await local.destroy();
    await remote.close();
  }
}

/**
 * PouchDB replicates `count` records from a memory PouchDB (filled first, not timed) into the
 * partnership's empty server database; returns the milliseconds. The caller checks the server.
 */
export async function pouchPush(
  couchUrl: string,
  user: string,
  partnershipId: string,
  dbName: string,
  count: number,
): Promise<number> {
  const local = memoryPouch();
  const remote = await remotePouch(couchUrl, dbName, user);
  try {
    const filled = await local.bulkDocs(benchDocs(count, partnershipId, user));
    if (filled.some((result) => result.ok !== true)) throw new Error('PouchDB: source not filled');
    const started = startTiming();
    const result = await PouchDB.replicate(local, remote);
    const ms = performance.now() - started;
    check(result.ok && result.doc_write_failures === 0, 'replication failed', result);
    check(result.docs_written === count, `${result.docs_written} written, not ${count}`, result);
    return ms;
  } finally {
    await local.destroy();
    await remote.close();
  }
}
