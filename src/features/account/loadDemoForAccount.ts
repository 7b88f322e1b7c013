// The demo partnership for a signed-in person: when their roles give them the demo partnership,
// it lives on the server and must come from there (local copies would fight the server's records
// with conflicts on every field). Only when the server has no partnership record yet is the demo
// built on the device, and the next sync pushes it.
import { db, getRecord } from '../../db';
import { appClient, requestSync, syncNow } from '../../sync/appSync';
import type { CouchClient } from '../../sync/couchClient';
import { CouchHttpError, NetworkError } from '../../sync/couchErrors';
import { databaseName } from '../../sync/naming';
import { readAccessiblePartnershipIds } from '../../sync/partnershipAccess';
import { readSession } from '../../sync/session';
import { DEMO_PARTNERSHIP_ID, loadDemoPartnership } from '../partnerships/demoData';
import { currentUser } from '../shared/sessionStore';

export type DemoLoad =
  { ok: true; id: string } | { ok: false; reason: 'offline' | 'signIn' | 'failed' };

export interface DemoLoadDeps {
  client?: Pick<CouchClient, 'getDoc'>;
  /** Sync now and wait for it to finish. */
  sync?: () => Promise<unknown>;
  /** Sync soon (after the demo was built here). */
  requestSync?: () => void;
}

/** Whether the server holds the demo's partnership record: true, false, or why it is unknown. */
async function onServer(client: Pick<CouchClient, 'getDoc'>) {
  try {
    await client.getDoc(databaseName(DEMO_PARTNERSHIP_ID), DEMO_PARTNERSHIP_ID);
    return true;
  } catch (error) {
    if (error instanceof CouchHttpError && error.status === 404) return false;
    if (error instanceof CouchHttpError && error.status === 401) return 'signIn' as const;
    if (error instanceof NetworkError) return 'offline' as const;
    return 'failed' as const;
  }
}

/** Put the demo on this device the right way for the person signed in (or not). */
export async function loadDemoForAccount(lang: string, deps: DemoLoadDeps = {}): Promise<DemoLoad> {
  const session = await readSession(db);
  const accessible = await readAccessiblePartnershipIds(db, session?.user ?? null);
  if (!accessible?.includes(DEMO_PARTNERSHIP_ID) || (await getRecord(DEMO_PARTNERSHIP_ID))) {
    // Signed out, or the demo is not the person's server partnership: it stays on this device.
    return { ok: true, id: await loadDemoPartnership(currentUser(), lang) };
  }
  if (session?.expired) return { ok: false, reason: 'signIn' };
  const found = await onServer(deps.client ?? appClient());
  if (found === false) {
    const id = await loadDemoPartnership(currentUser(), lang);
    (deps.requestSync ?? requestSync)();
    return { ok: true, id };
  }
  if (found !== true) return { ok: false, reason: found };
  await (deps.sync ?? syncNow)();
  return (await getRecord(DEMO_PARTNERSHIP_ID))
    ? { ok: true, id: DEMO_PARTNERSHIP_ID }
    : { ok: false, reason: 'failed' };
}
