// Test "devices": each its own IndexedDB database (fake-indexeddb), its own cookie jar and a
// fetch that can fail on purpose, signed in through the app's CouchDB client. Plus admin access
// to the server and fresh partnerships provisioned for a test.
import { inject } from 'vitest';
import { couchClient, provisionPartnership } from '../../../server/couch/provisioning.mjs';
import { partnershipRole } from '../../../server/couch/naming.mjs';
import { createRecordRepository, KlimapartnerDb } from '../../../src/db';
import { newRecordId, type FieldsInput, type RecordOf, type RecordType } from '../../../src/domain';
import { createCouchClient } from '../../../src/sync/couchClient';
import { replicate } from '../../../src/sync/replicator';
import { ADMIN, CouchSession, DEMO_PASSWORD } from '../../server/couchTestServer';
import { minimalFields } from '../../helpers/fixtures';
import { cookieJarFetch } from './cookieFetch';
import { faultyFetch } from './faultyFetch';

export const DEMO_PID = 'partnership:01JDEM01000000000000000001';

export const couchUrl = (): string => inject('couchUrl');

/** HTTP as the server admin (Basic auth). */
export const admin = (): CouchSession => new CouchSession(couchUrl(), ADMIN);

let deviceCount = 0;

export interface DeviceOptions {
  pullBatchSize?: number;
  pushBatchSize?: number;
}

export async function createDevice(user: string, options: DeviceOptions = {}) {
  deviceCount += 1;
  const db = new KlimapartnerDb(`device-${deviceCount}-${user}-${Date.now()}`);
  await db.open();
  const jar = cookieJarFetch();
  const faults = faultyFetch(jar.fetch);
  const client = createCouchClient({ baseUrl: couchUrl(), fetch: faults.fetch });
  await client.signIn(user, DEMO_PASSWORD);
  const repo = createRecordRepository(db);
  return {
    user,
    db,
    jar,
    faults,
    client,
    repo,
    sync(partnershipIds: readonly string[] = [DEMO_PID]) {
      return replicate({ db, client, partnershipIds, user, ...options });
    },
    /** Save a new record with the required fields (plus overrides) and return it. */
    async create<T extends RecordType>(
      type: T,
      partnershipId: string,
      fields: Partial<FieldsInput<T>> = {},
    ): Promise<RecordOf<T>> {
      const result = await repo.saveRecord({
        type,
        partnershipId,
        fields: minimalFields(type, fields),
        user,
        lang: 'de',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.value;
    },
    /** Change some fields of a stored record through the repository. */
    async edit(id: string, fields: Record<string, unknown>): Promise<void> {
      const loaded = await repo.getRecord(id);
      if (!loaded?.ok) throw new Error(`cannot edit ${id}`);
      const result = await repo.saveRecord({
        type: loaded.record.type,
        id,
        fields: { ...loaded.record, ...fields } as never,
        user,
        lang: loaded.record.lang,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
    },
    close() {
      db.close();
    },
  };
}

export type Device = Awaited<ReturnType<typeof createDevice>>;

/** A new partnership database on the server, with the given demo users as members. */
export async function newPartnership(members: readonly string[] = []): Promise<string> {
  const partnershipId = newRecordId('partnership');
  await provisionPartnership(
    couchClient({ url: couchUrl(), name: ADMIN.name, password: ADMIN.password }),
    {
      partnershipId,
      users: members.map((name) => ({ name, roles: [partnershipRole(partnershipId)] })),
    },
  );
  return partnershipId;
}

/** The record documents of a database as the admin sees them (design documents left out). */
export async function serverDocs(dbName: string): Promise<Record<string, unknown>[]> {
  const reply = await admin().request('GET', `/${dbName}/_all_docs?include_docs=true`);
  if (reply.status !== 200) throw new Error(`_all_docs ${reply.status}`);
  return (reply.body.rows as { id: string; doc: Record<string, unknown> }[])
    .filter((row) => !row.id.startsWith('_design/'))
    .map((row) => row.doc);
}

/** A record's own fields, as a form edits them (without id and type). */
export function fieldsOf(record: object): Record<string, unknown> {
  return omit(record, ['id', 'type']);
}

export function omit(record: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}
