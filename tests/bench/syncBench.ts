// `npm run bench:sync`: the app's replicator vs PouchDB's own replication, against the same
// embedded server and the same documents in one run. Pull: a fresh device takes the demo
// partnership's 5,000 records. Push: 5,000 new records go into an empty, provisioned database.
// Warm-up first, then 3 runs in alternating order; the medians are printed as a table. Timing
// is never asserted; only the counts are (every run must move all records).
import { expect, it } from 'vitest';
import { databaseName } from '../../src/sync/naming';
import { admin, couchUrl, DEMO_PID, newPartnership } from '../sync/helpers/devices';
import { benchDocs } from './benchRecords';
import { formatRuns, formatTable, machineLine, type Measured } from './benchTable';
import { oursPull, oursPush } from './oursSide';
import { pouchPull, pouchPush } from './pouchSide';

const RECORDS = 5000;
const WARM_UP_RECORDS = 200;
const RUNS = 3;
/** Member of every partnership, so it can write the fresh databases of the push runs too. */
const USER = 'coordinator';

const print = (line = '') => process.stdout.write(`${line}\n`);

/** Writes `count` records into a partnership's database as the server admin. */
async function seed(partnershipId: string, count: number): Promise<void> {
  const docs = benchDocs(count, partnershipId, USER);
  const path = `/${databaseName(partnershipId)}/_bulk_docs`;
  for (let start = 0; start < docs.length; start += 500) {
    const reply = await admin().request('POST', path, { docs: docs.slice(start, start + 500) });
    const results = reply.body as { ok?: boolean }[];
    if (reply.status !== 201 || results.some((result) => result.ok !== true)) {
      throw new Error(
        `seeding ${partnershipId} failed: ${JSON.stringify(reply.body).slice(0, 300)}`,
      );
    }
  }
}

/** The record documents on the server (design documents left out), as the admin sees them. */
async function serverCount(partnershipId: string): Promise<number> {
  const reply = await admin().request('GET', `/${databaseName(partnershipId)}/_all_docs`);
  if (reply.status !== 200) throw new Error(`_all_docs ${reply.status}`);
  const rows = reply.body.rows as { id: string }[];
  return rows.filter((row) => !row.id.startsWith('_design/')).length;
}

type Side = 'ours' | 'pouch';

async function pull(side: Side, partnershipId: string, count: number): Promise<number> {
  const url = couchUrl();
  return side === 'ours'
    ? oursPull(url, USER, partnershipId, count)
    : pouchPull(url, USER, databaseName(partnershipId), count);
}

/** Push into a new, empty partnership database (provisioned like every partnership). */
async function push(side: Side, count: number): Promise<number> {
  const url = couchUrl();
  const partnershipId = await newPartnership();
  const ms =
    side === 'ours'
      ? await oursPush(url, USER, partnershipId, count)
      : await pouchPush(url, USER, partnershipId, databaseName(partnershipId), count);
  const stored = await serverCount(partnershipId);
  if (stored !== count) throw new Error(`${side}: ${stored} records on the server, not ${count}`);
  // Every run meets the same server: the in-memory server would otherwise grow with each push.
  const dropped = await admin().request('DELETE', `/${databaseName(partnershipId)}`);
  if (dropped.status !== 200) throw new Error(`DELETE database: ${dropped.status}`);
  return ms;
}

it('measures pull and push: the app’s replicator vs PouchDB replication', async () => {
  print();
  print(`Sync benchmark — ${machineLine()}`);
  expect(await serverCount(DEMO_PID)).toBe(0);
  await seed(DEMO_PID, RECORDS);
  expect(await serverCount(DEMO_PID)).toBe(RECORDS);

  print(`warm-up (${WARM_UP_RECORDS} records each way, both sides)…`);
  const small = await newPartnership();
  await seed(small, WARM_UP_RECORDS);
  for (const side of ['ours', 'pouch'] as const) {
    await pull(side, small, WARM_UP_RECORDS);
    await push(side, WARM_UP_RECORDS);
  }

  const pulls: Measured = {
    operation: 'pull (fresh device)',
    records: RECORDS,
    ours: [],
    pouch: [],
    target: 2,
  };
  const pushes: Measured = {
    operation: 'push (into empty database)',
    records: RECORDS,
    ours: [],
    pouch: [],
    target: 1,
  };
  for (let run = 0; run < RUNS; run++) {
    const order: Side[] = run % 2 === 0 ? ['ours', 'pouch'] : ['pouch', 'ours'];
    for (const side of order) pulls[side].push(await pull(side, DEMO_PID, RECORDS));
    for (const side of order) pushes[side].push(await push(side, RECORDS));
    print(`run ${run + 1}/${RUNS} done (${order[0] === 'ours' ? 'ours' : 'PouchDB'} first)`);
  }

  print();
  print(formatRuns([pulls, pushes]));
  print();
  print(`Medians of ${RUNS} runs:`);
  print(formatTable([pulls, pushes]));
  print();
});
