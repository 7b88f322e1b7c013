// Photos on log entries and meetings, as a person uses them: take or choose one (scaled by an
// injected image processor, as jsdom has no canvas), see it as a thumbnail with its state, open
// it in full (keyboard, Escape, focus back), change its caption, delete it after asking. Photos
// of a new entry belong to it from the first one on, survive a reload of the form, and go when
// its draft is thrown away; deleting the entry deletes its photos.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import {
  db,
  deleteRecord,
  getRecord,
  listPhotos,
  loadDraft,
  readPhotoSettings,
  saveRecord,
} from '../../src/db';
import {
  ImageProcessorContext,
  type ImageProcessor,
} from '../../src/features/photos/imageProcessor';
import { paths } from '../../src/features/shared/paths';
import { useSessionStore } from '../../src/features/shared/sessionStore';
import { savePartnership, saveValid } from '../helpers/fixtures';
import { renderAt } from '../helpers/renderApp';

const LAZY = { timeout: 5000 };

/** Decodes any file whose text does not start with "broken"; 0.05 bytes per pixel of "JPEG". */
const processor: ImageProcessor = {
  async decode(file) {
    if ((await file.text()).startsWith('broken')) throw new DOMException('bad', 'EncodingError');
    return {
      width: 4000,
      height: 3000,
      encode: async (size) =>
        new Blob([new Uint8Array(Math.round(size.width * size.height * 0.05))], {
          type: 'image/jpeg',
        }),
      close: () => undefined,
    };
  },
};

function renderWithPhotos(path: string) {
  return renderAt(
    path,
    <ImageProcessorContext.Provider value={processor}>
      <App />
    </ImageProcessorContext.Provider>,
  );
}

const jpeg = (name = 'dach.jpg', content = 'jpeg') =>
  new File([content], name, { type: 'image/jpeg', lastModified: Date.parse('2024-03-05T09:40Z') });

/** Chooses files with the "choose photos" input (the button opens it; tests set its files). */
function choose(...files: File[]) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]:not([capture])');
  if (!input) throw new Error('no photo input');
  fireEvent.change(input, { target: { files } });
}

let urls: { created: string[]; revoked: string[] };

beforeEach(() => {
  useSessionStore.getState().setUserName('Anna');
  urls = { created: [], revoked: [] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    const url = `blob:test/${urls.created.length + 1}`;
    urls.created.push(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    urls.revoked.push(url);
  });
});

/** A partnership with a deployment under way (the fixtures' complete records). */
async function setUp(): Promise<{ pid: string; did: string }> {
  const pid = (await savePartnership()).id;
  const deployment = await saveValid('deployment', pid, { status: 'underway' });
  return { pid, did: deployment.id };
}

/** A log entry "Schuldach" in the deployment, without photos. */
function createLogEntry(pid: string, did: string) {
  return saveValid('logEntry', pid, { deploymentId: did, title: 'Schuldach' });
}

/** A log entry on its screen, with the given photos chosen (none: nothing chosen yet). */
async function entryScreen(...files: File[]) {
  const { pid, did } = await setUp();
  const entry = await createLogEntry(pid, did);
  renderWithPhotos(paths.logEntry(pid, did, entry.id));
  await screen.findByRole('heading', { name: 'Fotos' }, LAZY);
  if (files.length > 0) choose(...files);
  return entry;
}

describe('photos of a log entry', () => {
  it('adds a chosen photo, scaled, shows its thumbnail and state, and on the card', async () => {
    const { pid, did } = await setUp();
    const entry = await createLogEntry(pid, did);
    const view = renderWithPhotos(paths.logEntry(pid, did, entry.id));

    expect(await screen.findByText('Noch keine Fotos.', {}, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Foto aufnehmen' })).toBeEnabled();
    choose(jpeg());

    const tile = await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY);
    expect(await screen.findByText('Foto gespeichert.')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(tile).getByRole('img', { name: 'Foto 1 von 1' })).toHaveAttribute(
        'src',
        'blob:test/1',
      ),
    );
    expect(screen.getByText('Wartet aufs Hochladen')).toBeInTheDocument();

    const [item] = await listPhotos(entry.id);
    expect(item?.photo).toMatchObject({
      targetId: entry.id,
      partnershipId: pid,
      width: 1600,
      height: 1200,
      size: 96_000,
      contentType: 'image/jpeg',
      takenAt: '2024-03-05T09:40:00.000Z',
      createdBy: 'Anna',
    });
    const files = await db.photoFiles.get(item?.photo.id ?? '');
    expect(files?.full?.data.byteLength).toBe(96_000);
    expect(files?.thumb?.data.byteLength).toBe(3_840);

    // The deployment's log shows the entry with its thumbnail.
    view.navigate(paths.deployment(pid, did));
    const card = await screen.findByRole('link', { name: /Schuldach/ }, LAZY);
    await waitFor(() => expect(within(card).getByRole('img', { name: 'Foto' })).toBeVisible());
    // The detail screen's image URL was revoked when it went.
    expect(urls.revoked).toContain('blob:test/1');
  });

  it('says so when the file is not an image, cannot be read, or the disk is full', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const entry = await entryScreen();

    choose(new File(['%PDF'], 'bericht.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Diese Datei ist kein Bild/)).toBeInTheDocument();

    choose(jpeg('foto.heic', 'broken'));
    expect(await screen.findByText(/Dieses Bild kann der Browser nicht lesen/)).toBeInTheDocument();

    vi.spyOn(db.photoFiles, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    choose(jpeg());
    expect(await screen.findByText(/Der Speicher dieses Geräts ist voll/)).toBeInTheDocument();
    // Nothing half-written: neither the record nor its images.
    expect(await listPhotos(entry.id)).toEqual([]);
    expect(await db.records.where('type').equals('photo').count()).toBe(0);
  });

  it('opens a photo in full: focus inside, Escape closes, focus back on the thumbnail', async () => {
    const user = userEvent.setup();
    await entryScreen(jpeg('a.jpg'), jpeg('b.jpg'));
    const first = await screen.findByRole('button', { name: 'Foto 1 von 2 groß anzeigen' }, LAZY);

    await user.click(first);
    const dialog = screen.getByRole('dialog', { name: 'Foto 1 von 2' });
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toHaveFocus();
    await waitFor(() =>
      expect(within(dialog).getByRole('img', { name: 'Foto 1 von 2' })).toHaveAttribute('src'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Nächstes Foto' }));
    expect(screen.getByRole('dialog', { name: 'Foto 2 von 2' })).toBeInTheDocument();

    // Tab stays inside the dialog.
    const last = within(dialog).getByRole('button', { name: 'Foto löschen' });
    last.focus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(first).toHaveFocus();
  });

  it('keeps a caption as a synced change of the photo', async () => {
    const user = userEvent.setup();
    const entry = await entryScreen(jpeg());
    await user.click(
      await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY),
    );
    const dialog = screen.getByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Bildunterschrift/ }), 'Süddach');
    await user.click(within(dialog).getByRole('button', { name: 'Bildunterschrift speichern' }));
    expect(await within(dialog).findByText('Bildunterschrift gespeichert.')).toBeInTheDocument();
    const [item] = await listPhotos(entry.id);
    expect(item?.photo.caption).toBe('Süddach');
    expect(item?.sync.pending).toBe(true);
    // The caption is the photo's alt text from now on.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Süddach groß anzeigen' })).toHaveFocus();
  });

  it('deletes a photo only after asking, and frees its images', async () => {
    const user = userEvent.setup();
    const entry = await entryScreen(jpeg());
    await user.click(
      await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY),
    );
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Foto löschen' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/Dieses Foto wirklich löschen/));
    expect(await listPhotos(entry.id)).toHaveLength(1);

    confirm.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Foto löschen' }));
    expect(await screen.findByText('Noch keine Fotos.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The deleted photo's tile is gone: the focus goes to "take a photo".
    expect(screen.getByRole('button', { name: 'Foto aufnehmen' })).toHaveFocus();
    expect(await db.photoFiles.count()).toBe(0);
    // Never synced, so nothing is left to tell the server.
    expect(await db.records.where('type').equals('photo').count()).toBe(0);
  });

  it('deletes the photos with their log entry, in the same write', async () => {
    const entry = await entryScreen(jpeg('a.jpg'), jpeg('b.jpg'));
    await screen.findByRole('button', { name: 'Foto 2 von 2 groß anzeigen' }, LAZY);
    // A synced photo stays as a tombstone until the server has the deletion.
    const [synced] = await listPhotos(entry.id);
    await db.records.update(synced?.photo.id ?? '', { rev: '1-a', pending: 0 });

    await act(() => deleteRecord(entry.id, 'Test'));
    expect(await getRecord(entry.id)).toBeUndefined();
    expect(await listPhotos(entry.id)).toEqual([]);
    expect(await db.photoFiles.count()).toBe(0);
    const rows = await db.records.where('type').equals('photo').toArray();
    expect(rows.map((row) => [row.id, row.deleted, row.pending])).toEqual([
      [synced?.photo.id, 1, 1],
    ]);
  });
});

describe('photos of a new log entry', () => {
  it('belong to it before the first save, come back with the draft, and are saved with it', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    const first = renderWithPhotos(paths.newLogEntry(pid, did));
    await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    expect(screen.getByText(/Fotos bleiben mit dem Entwurf/)).toBeInTheDocument();
    choose(jpeg());
    await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY);
    // The draft is written at once, with the id the entry will get.
    await waitFor(async () =>
      expect((await loadDraft(`logEntry:new:${did}`))?.recordId).toMatch(/^logEntry:/),
    );
    const recordId = (await loadDraft(`logEntry:new:${did}`))?.recordId ?? '';
    expect((await db.records.where('type').equals('photo').first())?.['targetId']).toBe(recordId);
    first.unmount();

    // The form opens again (a reload): same draft, same id, the photo is there.
    renderWithPhotos(paths.newLogEntry(pid, did));
    await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY);
    await user.type(screen.getByRole('textbox', { name: 'Notizen' }), 'Dach vermessen');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(async () => expect((await getRecord(recordId))?.ok).toBe(true));
    expect(await listPhotos(recordId)).toHaveLength(1);
  });

  it('go when the draft is thrown away', async () => {
    const user = userEvent.setup();
    const { pid, did } = await setUp();
    renderWithPhotos(paths.newLogEntry(pid, did));
    await screen.findByRole('textbox', { name: 'Notizen' }, LAZY);
    choose(jpeg());
    await screen.findByRole('button', { name: 'Foto 1 von 1 groß anzeigen' }, LAZY);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: 'Entwurf verwerfen' }));

    await waitFor(async () => expect(await db.records.count()).toBe(2));
    expect(await db.photoFiles.count()).toBe(0);
    expect(await loadDraft(`logEntry:new:${did}`)).toBeUndefined();
    expect(await screen.findByText('Noch keine Fotos.')).toBeInTheDocument();
  });
});

describe('photos of a meeting', () => {
  it('are added on its screen and shown on its card', async () => {
    const { pid } = await setUp();
    const meeting = await saveRecord({
      type: 'meeting',
      partnershipId: pid,
      fields: { kind: 'partnerMeeting', title: 'Partnertreffen', date: '2024-05-16' },
      user: 'Test',
      lang: 'de',
    });
    if (!meeting.ok) throw new Error('meeting not saved');
    const view = renderWithPhotos(paths.meeting(pid, meeting.value.id));
    await screen.findByRole('heading', { name: 'Fotos' }, LAZY);
    choose(jpeg('a.jpg'), jpeg('b.jpg'));
    await screen.findByRole('button', { name: 'Foto 2 von 2 groß anzeigen' }, LAZY);

    view.navigate(paths.meetings(pid));
    const card = await screen.findByRole('link', { name: /Partnertreffen/ }, LAZY);
    await waitFor(() => expect(within(card).getByRole('img', { name: '2 Fotos' })).toBeVisible());
  });
});

describe('the photo setting', () => {
  it('keeps "only on Wi-Fi" on this device and says when the browser cannot tell', async () => {
    const user = userEvent.setup();
    renderWithPhotos(paths.settings());
    const box = await screen.findByRole(
      'checkbox',
      { name: 'Fotos nur über WLAN übertragen, nie über mobile Daten' },
      LAZY,
    );
    await waitFor(() => expect(box).toBeEnabled());
    expect(box).not.toBeChecked();
    // jsdom, like most browsers, has no navigator.connection.
    expect(screen.getByText(/Dieser Browser verrät nicht/)).toBeInTheDocument();
    await user.click(box);
    await waitFor(async () => expect((await readPhotoSettings()).wifiOnly).toBe(true));
    expect(box).toBeChecked();
  });
});
