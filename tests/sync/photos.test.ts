// Photos between two devices through the real embedded server: a photo goes up as one document
// with its two images as attachments, one request per photo after the other records; the other
// device gets the document and downloads the images when they are viewed or all at once. An
// upload that breaks off goes on from the photo on its way, deletions reach the other device,
// a caption change keeps the images, and "only on Wi-Fi" holds photos back on mobile data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPhotoRepository, type PhotoRepository } from '../../src/db';
import { newRecordId } from '../../src/domain';
import { databaseName } from '../../src/sync/naming';
import { downloadAllPhotos, downloadPhotoPart } from '../../src/sync/photoDownload';
import { replicate } from '../../src/sync/replicator';
import { admin, createDevice, newPartnership, serverDocs, type Device } from './helpers/devices';

let pid: string;
let dbName: string;
let expert: Device;
let partner: Device;
let expertPhotos: PhotoRepository;
let partnerPhotos: PhotoRepository;

beforeEach(async () => {
  pid = await newPartnership(['expert', 'partner']);
  dbName = databaseName(pid);
  expert = await createDevice('expert');
  partner = await createDevice('partner');
  expertPhotos = createPhotoRepository(expert.db);
  partnerPhotos = createPhotoRepository(partner.db);
});

afterEach(() => {
  expert.close();
  partner.close();
});

const clean = (report: { errors: unknown[] }) => expect(JSON.stringify(report.errors)).toBe('[]');

/** Bytes that differ per photo (`seed`), like a real JPEG's would. */
function bytes(length: number, seed: number): ArrayBuffer {
  return new Uint8Array(length).map((_, index) => (index * 31 + seed) % 251).buffer;
}

async function addPhoto(targetId: string, seed: number, size = 40_000) {
  const result = await expertPhotos.addPhoto({
    targetId,
    partnershipId: pid,
    full: { data: bytes(size, seed), contentType: 'image/jpeg', width: 1600, height: 1200 },
    thumb: { data: bytes(2_000, seed + 1), contentType: 'image/jpeg' },
    takenAt: new Date(Date.UTC(2024, 2, 5, 9, seed)).toISOString(),
    user: 'expert',
    lang: 'de',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A photo document on the server as the admin reads it (attachment stubs). */
async function serverDoc(id: string) {
  const reply = await admin().request('GET', `/${dbName}/${encodeURIComponent(id)}`);
  return { status: reply.status, doc: reply.body as Record<string, unknown> };
}

/** The requests that sent a photo's images (inline base64 attachments). */
function imageUploads(device: Device, from = 0) {
  return device.faults.sent.slice(from).filter((request) => request.body?.includes('"data":"'));
}

describe('photos between two devices', () => {
  it('go up with their images, one request each after the records, and come down when viewed', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Dach' });
    const first = await addPhoto(entry.id, 1);
    const second = await addPhoto(entry.id, 2);
    const report = await expert.sync([pid]);
    clean(report);
    expect(report.pushed).toBe(3);

    // The entry went first, in a batch; then each photo in a request of its own.
    const pushes = expert.faults.sent.filter((request) => request.url.endsWith('/_bulk_docs'));
    expect(
      pushes.map((request) =>
        JSON.parse(request.body ?? '{}').docs.map((d: { _id: string }) => d._id),
      ),
    ).toEqual([[entry.id], [first.id], [second.id]]);
    const { doc } = await serverDoc(first.id);
    expect(doc).toMatchObject({
      type: 'photo',
      targetId: entry.id,
      size: 40_000,
      createdBy: 'expert',
      _attachments: {
        full: { content_type: 'image/jpeg', length: 40_000, stub: true },
        thumb: { content_type: 'image/jpeg', length: 2_000, stub: true },
      },
    });
    expect((await expertPhotos.listPhotos(entry.id)).map((item) => item.sync)).toEqual([
      { pending: false, synced: true, conflict: null, rejection: null },
      { pending: false, synced: true, conflict: null, rejection: null },
    ]);

    // The other device gets the photos, not their images.
    clean(await partner.sync([pid]));
    const listed = await partnerPhotos.listPhotos(entry.id);
    expect(listed.map((item) => [item.photo.id, item.fullState, item.thumbState])).toEqual([
      [first.id, 'remote', 'remote'],
      [second.id, 'remote', 'remote'],
    ]);
    expect(await partnerPhotos.listPhotosToDownload([pid])).toEqual([
      { id: first.id, partnershipId: pid, size: 40_000 },
      { id: second.id, partnershipId: pid, size: 40_000 },
    ]);

    // Viewed: the picture comes down (GET of the attachment) and stays.
    const deps = { db: partner.db, client: partner.client };
    expect(await downloadPhotoPart(deps, first.id, 'full')).toBe('stored');
    const image = await partnerPhotos.readPhotoPart(first.id, 'full');
    expect(image?.state).toBe('stored');
    expect(new Uint8Array(image?.bytes?.data ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array(bytes(40_000, 1)),
    );
    expect(image?.bytes?.contentType).toBe('image/jpeg');

    // "Download all": what is still missing, with progress.
    const progress: number[] = [];
    const all = await downloadAllPhotos(deps, { onProgress: (p) => progress.push(p.done) });
    expect(all).toMatchObject({ done: 1, total: 1, unavailable: 0, stoppedBy: null });
    expect(progress).toEqual([0, 1]);
    expect(
      (await partnerPhotos.listPhotos(entry.id)).map((item) => [item.fullState, item.thumbState]),
    ).toEqual([
      ['stored', 'remote'],
      ['stored', 'stored'],
    ]);
    expect(await downloadPhotoPart(deps, first.id, 'thumb')).toBe('stored');
    expect(await partnerPhotos.listPhotosToDownload()).toEqual([]);
  });

  it('goes on from the photo on its way when an upload breaks off', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Drei Fotos' });
    const photos = [
      await addPhoto(entry.id, 1),
      await addPhoto(entry.id, 2),
      await addPhoto(entry.id, 3),
    ];
    const [one, two, three] = photos.map((photo) => photo.id) as [string, string, string];

    // The second photo's request never leaves: the first is up, the others wait.
    expert.faults.failNext('beforeRequest', (request) => request.body?.includes(two) ?? false);
    const broken = await expert.sync([pid]);
    expect(broken.errors.map((error) => error.code)).toEqual(['offline']);
    expect((await serverDoc(one)).status).toBe(200);
    expect((await serverDoc(two)).status).toBe(404);
    const waiting = async () =>
      (await expertPhotos.listPhotos(entry.id))
        .filter((item) => item.sync.pending)
        .map((i) => i.photo.id);
    expect(await waiting()).toEqual([two, three]);

    // Next run: the third photo's reply is lost after the server stored it.
    let sent = expert.faults.sent.length;
    expert.faults.failNext('replyLost', (request) => request.body?.includes(three) ?? false);
    const lost = await expert.sync([pid]);
    expect(lost.errors.map((error) => error.code)).toEqual(['offline']);
    expect(imageUploads(expert, sent).map((request) => request.body?.includes(two))).toEqual([
      true,
      false,
    ]);
    expect(await waiting()).toEqual([three]);

    // The run after: the server's copy of the third is recognised as this device's own upload.
    sent = expert.faults.sent.length;
    const done = await expert.sync([pid]);
    clean(done);
    expect(done.conflicts).toBe(0);
    expect(imageUploads(expert, sent)).toEqual([]);
    expect(await waiting()).toEqual([]);
    const docs = (await serverDocs(dbName)).filter((doc) => doc['type'] === 'photo');
    expect(docs.map((doc) => doc['_id']).sort()).toEqual([one, two, three].sort());
    for (const doc of docs) {
      expect(Object.keys(doc['_attachments'] as object).sort()).toEqual(['full', 'thumb']);
    }
  });

  it('sends a photo only once its log entry is on the server', async () => {
    // A photo taken in the form of an entry that is not saved yet.
    const entryId = newRecordId('logEntry');
    const photo = await addPhoto(entryId, 1);
    clean(await expert.sync([pid]));
    expect((await serverDoc(photo.id)).status).toBe(404);

    await expert.repo.saveRecord({
      type: 'logEntry',
      id: entryId,
      partnershipId: pid,
      fields: {
        deploymentId: newRecordId('deployment'),
        occurredAt: '2024-03-05T09:00:00Z',
        title: 'Später gespeichert',
      },
      user: 'expert',
      lang: 'de',
    });
    clean(await expert.sync([pid]));
    expect((await serverDoc(photo.id)).status).toBe(200);
  });

  it('keeps the images on the server when a caption changes (stubs, no image sent again)', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Dach' });
    const photo = await addPhoto(entry.id, 1);
    clean(await expert.sync([pid]));
    const before = (await serverDoc(photo.id)).doc['_attachments'];

    expect((await expertPhotos.setPhotoCaption(photo, 'Süddach', 'expert')).ok).toBe(true);
    const sent = expert.faults.sent.length;
    clean(await expert.sync([pid]));
    expect(imageUploads(expert, sent)).toEqual([]);
    const { doc } = await serverDoc(photo.id);
    expect(doc['caption']).toBe('Süddach');
    expect(String(doc['_rev'])).toMatch(/^2-/);
    const same = (stub: { content_type: string; digest: string; length: number }) => ({
      content_type: stub.content_type,
      digest: stub.digest,
      length: stub.length,
    });
    const after = doc['_attachments'] as Record<string, Parameters<typeof same>[0]>;
    const was = before as typeof after;
    for (const part of ['full', 'thumb']) {
      const [now, then] = [after[part], was[part]];
      if (!now || !then) throw new Error(`${part} missing`);
      expect(same(now), part).toEqual(same(then));
    }

    // The other device gets the caption, and the image is still there to download.
    clean(await partner.sync([pid]));
    expect((await partnerPhotos.listPhotos(entry.id))[0]?.photo.caption).toBe('Süddach');
    const deps = { db: partner.db, client: partner.client };
    expect(await downloadPhotoPart(deps, photo.id, 'full')).toBe('stored');
  });

  it('deletes a photo, and an entry with its photos, on the other device too', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Dach' });
    const other = await expert.create('logEntry', pid, { title: 'Hof' });
    const single = await addPhoto(entry.id, 1);
    const ofOther = [await addPhoto(other.id, 2), await addPhoto(other.id, 3)];
    clean(await expert.sync([pid]));
    clean(await partner.sync([pid]));
    const deps = { db: partner.db, client: partner.client };
    expect(await downloadPhotoPart(deps, single.id, 'full')).toBe('stored');
    expect(await partner.db.photoFiles.count()).toBe(3);

    // One photo deleted on the partner's device: gone on the server and on the expert's.
    await partner.repo.deleteRecord(single.id, 'partner');
    expect(await partner.db.photoFiles.get(single.id)).toBeUndefined();
    clean(await partner.sync([pid]));
    expect((await serverDoc(single.id)).status).toBe(404);
    clean(await expert.sync([pid]));
    expect(await expertPhotos.listPhotos(entry.id)).toEqual([]);
    expect(await expert.db.photoFiles.get(single.id)).toBeUndefined();

    // The other entry deleted on the expert's device takes its photos along, everywhere.
    await expert.repo.deleteRecord(other.id, 'expert');
    clean(await expert.sync([pid]));
    for (const photo of ofOther) expect((await serverDoc(photo.id)).status).toBe(404);
    clean(await partner.sync([pid]));
    expect(await partnerPhotos.listPhotos(other.id)).toEqual([]);
    expect(await partner.db.photoFiles.count()).toBe(0);
    expect(await partner.repo.getRecord(other.id)).toBeUndefined();
  });

  it('holds photos back on mobile data when set to "only on Wi-Fi", and sends them on Wi-Fi', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Dach' });
    const photo = await addPhoto(entry.id, 1);
    await expertPhotos.writePhotoSettings({ wifiOnly: true });
    const run = (type: string) =>
      replicate({
        db: expert.db,
        client: expert.client,
        partnershipIds: [pid],
        user: 'expert',
        connection: { type },
      });

    const cellular = await run('cellular');
    clean(cellular);
    expect(cellular.photosWaiting).toBe(1);
    // The entry itself went; the photo waits.
    expect((await serverDoc(entry.id)).status).toBe(200);
    expect((await serverDoc(photo.id)).status).toBe(404);
    expect(imageUploads(expert)).toEqual([]);

    const wifi = await run('wifi');
    clean(wifi);
    expect(wifi.photosWaiting).toBeUndefined();
    expect((await serverDoc(photo.id)).status).toBe(200);

    // Without the setting, mobile data is fine.
    await expertPhotos.writePhotoSettings({ wifiOnly: false });
    const next = await addPhoto(entry.id, 2);
    clean(await run('cellular'));
    expect((await serverDoc(next.id)).status).toBe(200);
  });

  it('stops "download all" when offline, and marks a picture the server no longer has', async () => {
    const entry = await expert.create('logEntry', pid, { title: 'Dach' });
    const [kept, removed] = [await addPhoto(entry.id, 1), await addPhoto(entry.id, 2)];
    clean(await expert.sync([pid]));
    clean(await partner.sync([pid]));
    const deps = { db: partner.db, client: partner.client };

    partner.faults.failNext('beforeRequest', (request) => request.url.includes('/full'));
    const offline = await downloadAllPhotos(deps);
    expect(offline).toMatchObject({ done: 0, total: 2, stoppedBy: { code: 'offline' } });
    expect(await partnerPhotos.listPhotosToDownload()).toHaveLength(2);

    // Deleted by the expert, not yet pulled by the partner: the server has no picture for it.
    await expert.repo.deleteRecord(removed.id, 'expert');
    clean(await expert.sync([pid]));
    const again = await downloadAllPhotos(deps);
    expect(again).toMatchObject({ done: 2, total: 2, unavailable: 1, stoppedBy: null });
    expect((await partnerPhotos.readPhotoPart(kept.id, 'full'))?.state).toBe('stored');
    expect((await partnerPhotos.readPhotoPart(removed.id, 'full'))?.state).toBe('unavailable');
    // The next pull removes it altogether.
    clean(await partner.sync([pid]));
    expect(await partnerPhotos.readPhotoPart(removed.id, 'full')).toBeNull();
    expect(await partner.db.photoFiles.get(removed.id)).toBeUndefined();
  });
});
