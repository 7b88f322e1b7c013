// Photos in the built app: a real JPEG chosen with the file input is scaled in the browser,
// shows as a thumbnail, is still there after a reload, reaches the server as a document with its
// two images, and a second signed-in browser shows it (thumbnail in the log, the full picture
// when opened). With the service worker in control, a photo taken offline survives an offline
// reload and goes up once the network is back.
import { Buffer } from 'node:buffer';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseName, partnershipRole } from '../../server/couch/naming.mjs';
import { couchClient, provisionPartnership } from '../../server/couch/provisioning.mjs';
import { newRecordId } from '../../src/domain';
import { SyncDevice } from './pages/syncDevice';

const baseURL = inject('baseURL');
const couchAdmin = inject('couchAdmin');
const admin = couchClient({
  url: `${baseURL}/couch`,
  name: couchAdmin.name,
  password: couchAdmin.password,
});

// A partnership of its own on the server (the browser tests share one server: the demo
// partnership is another test's to bring there), with two people and one deployment.
const PASSWORD = 'photos-e2e-password';
const PARTNERSHIP_ID = newRecordId('partnership');
const DEPLOYMENT_ID = newRecordId('deployment');
const DB = databaseName(PARTNERSHIP_ID);
const P = `/p/${PARTNERSHIP_ID.split(':')[1]}`;
const DEPLOYMENT = `${P}/deployments/${DEPLOYMENT_ID.split(':')[1]}`;
const NEW_ENTRY = `${DEPLOYMENT}/log/new`;
const PARTNERSHIP_TITLE = 'Stadt Fotohausen – Ville de Kaya';
const PEOPLE = ['photographer', 'viewer'] as const;

/** With the network cut, every request fails: expected while offline. */
const NETWORK_CUT =
  /^console\.error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/;

/** The partnership, its people and a deployment under way, written by the server admin. */
async function provision(): Promise<void> {
  await provisionPartnership(admin, {
    partnershipId: PARTNERSHIP_ID,
    users: PEOPLE.map((name) => ({
      name,
      roles: [partnershipRole(PARTNERSHIP_ID)],
      password: PASSWORD,
    })),
  });
  const meta = (id: string, type: string) => ({
    _id: id,
    type,
    partnershipId: PARTNERSHIP_ID,
    createdAt: '2024-03-01T08:00:00.000Z',
    createdBy: 'photographer',
    updatedAt: '2024-03-01T08:00:00.000Z',
    updatedBy: 'photographer',
    lang: 'de',
    reviewState: 'unreviewed',
  });
  const reply = await admin.request('POST', `/${DB}/_bulk_docs`, {
    docs: [
      {
        ...meta(PARTNERSHIP_ID, 'partnership'),
        germanMunicipality: 'Stadt Fotohausen',
        partnerMunicipality: 'Ville de Kaya',
        partnerCountry: 'BF',
        phase: 1,
      },
      {
        ...meta(DEPLOYMENT_ID, 'deployment'),
        number: 1,
        direction: 'toPartner',
        destination: 'Kaya',
        status: 'underway',
      },
    ],
  });
  expect(reply.status).toBe(201);
}

/** A real JPEG, drawn and encoded by the browser itself: colour blocks on a gradient. */
async function makeJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      const gradient = context.createLinearGradient(0, 0, w, h);
      gradient.addColorStop(0, '#0b5d3b');
      gradient.addColorStop(1, '#f6c343');
      context.fillStyle = gradient;
      context.fillRect(0, 0, w, h);
      for (let i = 0; i < 300; i++) {
        context.fillStyle = `hsl(${(i * 37) % 360}, 70%, 50%)`;
        context.fillRect((i * 97) % w, (i * 53) % h, 80, 50);
      }
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, 'base64');
}

/** The natural size of the image in `image` once it has loaded (0 × 0 while it has not). */
function naturalSize(image: Locator): Promise<string> {
  return image.evaluate((element) => {
    const img = element as HTMLImageElement;
    return img.complete ? `${img.naturalWidth}x${img.naturalHeight}` : '0x0';
  });
}

/** Chooses a file with the "choose photos" input, as the file chooser would. */
async function choosePhoto(device: SyncDevice, name: string, buffer: Buffer): Promise<void> {
  await device
    .main()
    .locator('input[type="file"]:not([capture])')
    .setInputFiles({ name, mimeType: 'image/jpeg', buffer });
}

/** Writes a new log entry with one photo and saves it; returns when the log shows it. */
async function entryWithPhoto(device: SyncDevice, title: string, photo: Buffer): Promise<void> {
  await device.go(NEW_ENTRY);
  await device.page.getByRole('textbox', { name: 'Notizen' }).fill(title);
  await choosePhoto(device, 'dach.jpg', photo);
  const tile = device.main().getByRole('button', { name: 'Foto 1 von 1 groß anzeigen' });
  await tile.waitFor({ timeout: 30_000 });
  // The thumbnail is the scaled picture, decoded by the browser: 2400 × 1800 → 320 × 240.
  await expect.poll(() => naturalSize(tile.getByRole('img')), { timeout: 15_000 }).toBe('320x240');
  await device.main().getByRole('button', { name: 'Speichern', exact: true }).click();
  await device.page.waitForURL((url) => url.pathname === DEPLOYMENT);
  await device.waitForText(title);
}

/** The log entry's card in the deployment's log, and its thumbnail once it has loaded. */
async function cardThumbnail(device: SyncDevice, title: string): Promise<Locator> {
  const card = device.main().getByRole('link', { name: new RegExp(title) });
  await card.waitFor({ timeout: 30_000 });
  const image = card.getByRole('img', { name: 'Foto' });
  await expect.poll(() => naturalSize(image), { timeout: 30_000 }).toBe('320x240');
  return card;
}

/** The photo document of the log entry with this title, as the server has it (or undefined). */
async function serverPhoto(title: string): Promise<Record<string, unknown> | undefined> {
  const reply = await admin.request('GET', `/${DB}/_all_docs?include_docs=true`);
  const docs = ((reply.body as { rows?: { doc: Record<string, unknown> }[] }).rows ?? []).map(
    (row) => row.doc,
  );
  const entry = docs.find((doc) => doc['type'] === 'logEntry' && doc['title'] === title);
  return docs.find((doc) => doc['type'] === 'photo' && doc['targetId'] === entry?.['_id']);
}

/** Signs in and waits until the partnership has come from the server. */
async function signInToPartnership(device: SyncDevice, name: string): Promise<void> {
  await device.signIn(name, PASSWORD);
  await device.main().getByRole('link', { name: PARTNERSHIP_TITLE }).waitFor({ timeout: 30_000 });
  await device.waitForIndicator('Alles synchronisiert');
}

/** Waits until the service worker has precached the app and controls the page. */
async function installServiceWorker(device: SyncDevice): Promise<void> {
  await device.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await device.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await device.page.reload({ waitUntil: 'load' });
    await device.main().waitFor({ state: 'visible' });
  }
  expect(await device.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

describe('photos', () => {
  let photographer: SyncDevice | undefined;
  let viewer: SyncDevice | undefined;

  beforeAll(async () => {
    await provision();
    [photographer, viewer] = await Promise.all([
      SyncDevice.launch(baseURL),
      SyncDevice.launch(baseURL),
    ]);
  });

  afterAll(async () => {
    await Promise.all([photographer?.close(), viewer?.close()]);
  });

  it('takes a photo on a log entry, keeps it over a reload and shows it on another device', async () => {
    if (!photographer || !viewer) throw new Error('browsers did not start');
    const title = `Schuldach mit Foto ${Date.now()}`;
    await signInToPartnership(photographer, 'photographer');
    await entryWithPhoto(photographer, title, await makeJpeg(photographer.page, 2400, 1800));
    await cardThumbnail(photographer, title);

    // Still there after a reload (IndexedDB), thumbnail and all.
    await photographer.page.reload({ waitUntil: 'load' });
    await cardThumbnail(photographer, title);

    // On the server: the photo document with its picture (scaled) and thumbnail as attachments.
    await expect.poll(() => serverPhoto(title), { timeout: 30_000 }).toBeDefined();
    const photo = await serverPhoto(title);
    expect(photo).toMatchObject({
      width: 1600,
      height: 1200,
      contentType: 'image/jpeg',
      createdBy: 'photographer',
      _attachments: {
        full: expect.objectContaining({ content_type: 'image/jpeg' }),
        thumb: expect.objectContaining({ content_type: 'image/jpeg' }),
      },
    });
    const attachments = photo?.['_attachments'] as Record<string, { length: number }>;
    expect(attachments['full']?.length).toBeLessThanOrEqual(300_000);
    expect(attachments['thumb']?.length).toBeLessThanOrEqual(20_000);

    // The other person's device gets it: the thumbnail in the log, the picture when opened.
    await signInToPartnership(viewer, 'viewer');
    await viewer.go(DEPLOYMENT);
    const card = await cardThumbnail(viewer, title);
    await card.click();
    const tile = viewer.main().getByRole('button', { name: 'Foto 1 von 1 groß anzeigen' });
    await tile.click();
    const dialog = viewer.page.getByRole('dialog', { name: 'Foto 1 von 1' });
    await expect
      .poll(() => naturalSize(dialog.getByRole('img', { name: 'Foto 1 von 1' })), {
        timeout: 30_000,
      })
      .toBe('1600x1200');
    await viewer.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => tile.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(photographer.unexpectedErrors()).toEqual([]);
    expect(viewer.unexpectedErrors()).toEqual([]);
  }, 180_000);

  it('keeps a photo taken offline over an offline reload, and sends it when back online', async () => {
    // The photographer's browser of the test before: signed in, the partnership on the device.
    if (!photographer) throw new Error('browser did not start');
    const title = `Offline fotografiert ${Date.now()}`;
    await photographer.open('/');
    await installServiceWorker(photographer);
    // Screens used offline are visited once: lazy code also comes from the precache.
    await photographer.go(NEW_ENTRY);
    await photographer.main().getByRole('heading', { level: 1 }).waitFor();
    const jpeg = await makeJpeg(photographer.page, 1200, 900);

    // The network cut for real, the service worker's own fetches included.
    await photographer.context.route('**', (route) => route.abort('internetdisconnected'));
    await photographer.context.setOffline(true);
    await photographer.waitForIndicator('Offline', 15_000);
    await entryWithPhoto(photographer, title, jpeg);

    await photographer.page.reload({ waitUntil: 'load' });
    const card = photographer.main().getByRole('link', { name: new RegExp(title) });
    await card.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => naturalSize(card.getByRole('img', { name: 'Foto' })), { timeout: 30_000 })
      .toBe('320x240');
    await card.click();
    await photographer.waitForText('Wartet aufs Hochladen');
    expect(await serverPhoto(title)).toBeUndefined();

    await photographer.context.unrouteAll({ behavior: 'ignoreErrors' });
    await photographer.context.setOffline(false);
    await expect.poll(() => serverPhoto(title), { timeout: 60_000 }).toBeDefined();
    await photographer.waitForText('Auf dem Server');
    expect(photographer.unexpectedErrors([NETWORK_CUT])).toEqual([]);
  }, 180_000);
});
