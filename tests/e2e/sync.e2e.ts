// Two devices, two accounts, one partnership on the embedded CouchDB server: offline edits on
// both, back online, and both end with the same merged records; a same-field conflict is settled
// on the conflict screen and reaches the other device. The server's access rules are checked
// through its HTTP API.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { couchClient, provisionPartnership } from '../../server/couch/provisioning.mjs';
import { databaseName, partnershipRole } from '../../server/couch/naming.mjs';
import { newRecordId } from '../../src/domain';
import { SyncDevice } from './pages/syncDevice';

const baseURL = inject('baseURL');
const couchAdmin = inject('couchAdmin');
const couchUrl = `${baseURL}/couch`;

const PASSWORD = 'klimapartner-demo';
const DEMO = '01JDEM01000000000000000001';
const DEMO_ID = `partnership:${DEMO}`;
const SOLAR = '01JDEM05000000000000000001'; // "Solarstrom für das Gesundheitszentrum Sanoré"
const LED = '01JDEM05000000000000000002'; // "Pilot: LED-Beleuchtung im Rathaus Sanoré"
const DEPLOYMENT = '01JDEM02000000000000000001';
const MEETING = '01JDEM04000000000000000001';

const at = {
  home: `/p/${DEMO}`,
  measure: (ulid: string) => `/p/${DEMO}/measures/${ulid}`,
  editMeasure: (ulid: string) => `/p/${DEMO}/measures/${ulid}/edit`,
  deployment: `/p/${DEMO}/deployments/${DEPLOYMENT}`,
  newLogEntry: `/p/${DEMO}/deployments/${DEPLOYMENT}/log/new`,
  meetings: `/p/${DEMO}/meetings`,
  meeting: (ulid: string) => `/p/${DEMO}/meetings/${ulid}`,
  newMeeting: `/p/${DEMO}/meetings/new`,
};

const PARTNERSHIP_TITLE = 'Stadt Lindenau am Main – Commune de Sanoré';
const EXPERT_DESCRIPTION =
  'PV-Anlage mit 32 kWp und 60 kWh Speicher, Angebot der Stadtwerke vom Feldbesuch.';
const PARTNER_GOAL = 'Kühlkette für Impfstoffe rund um die Uhr, Generator nur noch als Reserve.';
const EXPERT_TITLE = 'LED-Pilot im Rathaus Sanoré (Angebot liegt vor)';
const PARTNER_TITLE = 'LED-Beleuchtung im Rathaus und in der Mairie-Annexe';
const RESOLVED_TITLE = 'LED-Beleuchtung im Rathaus Sanoré und in der Annexe';
const EXPERT_LOG = 'Dach des Gesundheitszentrums vermessen';
const PARTNER_MEETING = 'Abstimmung Solardach mit dem Service technique';

/**
 * Chromium logs the 404 of the app's check whether the demo partnership is already on the
 * server (it is not, the first time): a browser line about the answer, not an app error.
 */
const DEMO_PROBE_404 = new RegExp(
  `status of 404 .*/couch/${databaseName(DEMO_ID)}/${encodeURIComponent(DEMO_ID)}:\\d+\\)$`,
);

/** Signs in through the HTTP API like a browser on the same origin; returns the session cookie. */
async function sessionCookie(name: string): Promise<string> {
  const response = await fetch(`${couchUrl}/_session`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: PASSWORD }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('AuthSession='));
  if (!cookie) throw new Error(`no session cookie for ${name}`);
  return cookie;
}

/** The server admin (HTTP Basic), to look at the server's side of things. */
const admin = couchClient({ url: couchUrl, name: couchAdmin.name, password: couchAdmin.password });

/** CouchDB's JSON answers, as far as this test reads them. */
interface CouchBody {
  error?: string;
  rows?: { id: string; doc: Record<string, unknown> }[];
}

/** A GET with a session cookie, as the browser sends it. */
async function getAs(cookie: string, path: string): Promise<{ status: number; body: CouchBody }> {
  const response = await fetch(couchUrl + path, {
    headers: { Accept: 'application/json', Cookie: cookie },
  });
  return { status: response.status, body: (await response.json()) as CouchBody };
}

describe('sync between two devices', () => {
  let expert: SyncDevice | undefined;
  let partner: SyncDevice | undefined;

  beforeAll(async () => {
    [expert, partner] = await Promise.all([SyncDevice.launch(baseURL), SyncDevice.launch(baseURL)]);
  });

  afterAll(async () => {
    await Promise.all([expert?.close(), partner?.close()]);
  });

  it('merges offline edits of both, and a settled conflict reaches both', async () => {
    if (!expert || !partner) throw new Error('browsers did not start');

    // 1. The expert brings the demo partnership to the server (it has none yet).
    await expert.signIn('expert', PASSWORD);
    await expert.main().getByRole('button', { name: 'Demo-Partnerschaft laden' }).click();
    await expert.page.waitForURL((url) => url.pathname === at.home);
    await expert.waitForIndicator('Alles synchronisiert');
    await expect
      .poll(
        async () =>
          (await admin.request('GET', `/${databaseName(DEMO_ID)}/${encodeURIComponent(DEMO_ID)}`))
            .status,
        { timeout: 30_000 },
      )
      .toBe(200);

    // 2. The partner signs in on another device and receives it from the server.
    await partner.signIn('partner', PASSWORD);
    await partner.main().getByRole('link', { name: PARTNERSHIP_TITLE }).waitFor();
    await partner.waitForIndicator('Alles synchronisiert');

    // Screens used offline are visited once first: their code loads on demand, and without a
    // service worker nothing could load it offline.
    for (const device of [expert, partner]) {
      for (const path of [
        at.measure(SOLAR),
        at.editMeasure(SOLAR),
        at.deployment,
        at.newLogEntry,
        at.meetings,
        at.meeting(MEETING),
        at.newMeeting,
        '/conflicts',
        '/sync',
      ]) {
        await device.go(path);
        await device.main().getByRole('heading', { level: 1 }).waitFor();
      }
    }

    // 3. Both offline; each changes other fields of one measure, the same field of another,
    // and writes something new.
    await Promise.all([expert.goOffline(), partner.goOffline()]);

    await expert.editRecord(at.editMeasure(SOLAR), { description: EXPERT_DESCRIPTION });
    await expert.editRecord(at.editMeasure(LED), { title: EXPERT_TITLE });
    await expert.go(at.newLogEntry);
    await expert.fillAndSave({ title: EXPERT_LOG });
    await expert.page.waitForURL((url) => url.pathname === at.deployment);
    await expert.waitForText(EXPERT_LOG);

    await partner.editRecord(at.editMeasure(SOLAR), { goal: PARTNER_GOAL });
    await partner.editRecord(at.editMeasure(LED), { title: PARTNER_TITLE });
    await partner.go(at.newMeeting);
    await partner.fillAndSave({ title: PARTNER_MEETING });
    await partner.page.waitForURL((url) =>
      /^\/p\/[^/]+\/meetings\/[0-9A-Z]{26}$/.test(url.pathname),
    );
    await partner.main().getByRole('heading', { level: 1, name: PARTNER_MEETING }).waitFor();

    for (const device of [expert, partner]) {
      await device.waitForIndicator('Offline');
    }

    // 4. The expert comes back first: everything goes out as it is.
    await expert.goOnline();
    await expert.waitForIndicator('Alles synchronisiert');

    // The partner second: the measure merges, the title conflicts.
    await partner.goOnline();
    await partner.go('/conflicts');
    const conflictLink = partner.main().getByRole('link', { name: new RegExp(PARTNER_TITLE) });
    await conflictLink.waitFor({ timeout: 30_000 });

    // 5. The partner settles the title with a new one, and it goes out.
    await conflictLink.click();
    const titleChoice = partner.main().getByRole('group', { name: 'Titel' });
    await titleChoice.getByText(EXPERT_TITLE).waitFor();
    await titleChoice.getByRole('radio', { name: 'Selbst bearbeiten' }).check();
    await partner
      .main()
      .getByRole('textbox', { name: 'Neuer Text für „Titel“' })
      .fill(RESOLVED_TITLE);
    await partner.main().getByRole('button', { name: 'Auflösen' }).click();
    await partner.main().getByText('Keine offenen Konflikte').waitFor();
    await partner.syncNow();
    await partner.waitForIndicator('Alles synchronisiert');

    // The partner has it all: both measure fields, the resolved title, the expert's log entry.
    await partner.go(at.measure(SOLAR));
    await partner.waitForText(EXPERT_DESCRIPTION);
    await partner.waitForText(PARTNER_GOAL);
    await partner.go(at.measure(LED));
    await partner.main().getByRole('heading', { level: 1, name: RESOLVED_TITLE }).waitFor();
    await partner.go(at.deployment);
    await partner.waitForText(EXPERT_LOG);

    // The expert syncs again and gets the merge, the resolution and the partner's meeting.
    await expert.syncNow();
    await expert.waitForIndicator('Alles synchronisiert');
    await expert.go(at.measure(SOLAR));
    await expert.waitForText(PARTNER_GOAL);
    await expert.waitForText(EXPERT_DESCRIPTION);
    await expert.go(at.measure(LED));
    await expert.main().getByRole('heading', { level: 1, name: RESOLVED_TITLE }).waitFor();
    await expert.go(at.meetings);
    await expert.waitForText(PARTNER_MEETING);
    await expert.go('/conflicts');
    await expert.main().getByText('Keine offenen Konflikte').waitFor();

    // The coordinator reads both people's records on the server.
    const coordinator = await sessionCookie('coordinator');
    const all = await getAs(coordinator, `/${databaseName(DEMO_ID)}/_all_docs?include_docs=true`);
    expect(all.status).toBe(200);
    const docs = (all.body.rows ?? []).map((row) => row.doc);
    expect(docs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'logEntry', title: EXPERT_LOG, createdBy: 'expert' }),
        expect.objectContaining({ type: 'meeting', title: PARTNER_MEETING, createdBy: 'partner' }),
        expect.objectContaining({
          _id: `measure:${LED}`,
          title: RESOLVED_TITLE,
          updatedBy: 'partner',
        }),
        expect.objectContaining({
          _id: `measure:${SOLAR}`,
          description: EXPERT_DESCRIPTION,
          goal: PARTNER_GOAL,
        }),
      ]),
    );

    expect(expert.unexpectedErrors([DEMO_PROBE_404])).toEqual([]);
    expect(partner.unexpectedErrors()).toEqual([]);
  }, 120_000);

  it('keeps the expert out of a partnership database that is not theirs (HTTP API)', async () => {
    // A second partnership with a member of its own (not one of the demo accounts).
    const foreign = newRecordId('partnership');
    await provisionPartnership(admin, {
      partnershipId: foreign,
      users: [{ name: 'member-elsewhere', roles: [partnershipRole(foreign)], password: PASSWORD }],
    });

    const expertCookie = await sessionCookie('expert');
    for (const path of ['', '/_all_docs', '/_changes']) {
      const reply = await getAs(expertCookie, `/${databaseName(foreign)}${path}`);
      expect(reply.status, path).toBe(403);
      expect(reply.body.error).toBe('forbidden');
    }
    // The refusal is about membership: the expert reads its own, the member reads the other.
    expect((await getAs(expertCookie, `/${databaseName(DEMO_ID)}/_all_docs`)).status).toBe(200);
    const memberCookie = await sessionCookie('member-elsewhere');
    expect((await getAs(memberCookie, `/${databaseName(foreign)}/_all_docs`)).status).toBe(200);
  });
});
