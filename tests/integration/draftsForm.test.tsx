// useDraftForm through a small form, with real timers and a real IndexedDB: typing is kept in a
// draft within a second, on unmount and on pagehide, and comes back with the caret where it was.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db, loadDraft } from '../../src/db';
import { useDraftForm } from '../../src/features/shared/useDraftForm';
import { TextAreaField } from '../../src/ui/TextAreaField';
import { TextField } from '../../src/ui/TextField';

interface Values {
  title: string;
  notes: string;
}

const KEY = 'measure:new:partnership:test';
const INITIAL: Values = { title: 'Start', notes: '' };

/** `loaded: false` stands for an edit form whose record is still being read. */
function TestForm({ initial = INITIAL, loaded = true }: { initial?: Values; loaded?: boolean }) {
  const form = useDraftForm<Values>(KEY, loaded ? initial : undefined, '/test/form');
  if (form.values === undefined) return <p>loading</p>;
  const { values, setValues } = form;
  return (
    <form {...form.formProps}>
      <p data-testid="state">
        {form.restored ? 'restored' : 'fresh'} {form.dirty ? 'dirty' : 'clean'}
      </p>
      <TextField
        id="title"
        label="Title"
        value={values.title}
        onValueChange={(title) => setValues((previous) => ({ ...previous, title }))}
      />
      <TextAreaField
        id="notes"
        label="Notes"
        value={values.notes}
        onValueChange={(notes) => setValues((previous) => ({ ...previous, notes }))}
      />
      <button type="button" onClick={() => void form.discard()}>
        discard
      </button>
      <button type="button" onClick={() => void form.complete()}>
        complete
      </button>
    </form>
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const draftValues = async () => (await loadDraft(KEY))?.values as Values | undefined;
const titleField = () => screen.findByLabelText<HTMLInputElement>('Title');
const notesField = () => screen.findByLabelText<HTMLTextAreaElement>('Notes');

describe('a draft-backed form', () => {
  it('writes the draft within a second of each keystroke, even while typing goes on', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.click(await titleField());
    const typedAt: number[] = [];
    let savedBeforeTypingEnded = false;
    const start = performance.now();
    // A character every 200 ms for 3 s: never a pause long enough for the quiet timer alone.
    for (let i = 0; i < 15; i++) {
      await user.keyboard('x');
      typedAt.push(performance.now());
      await sleep(start + 200 * (i + 1) - performance.now());
      const saved = (await draftValues())?.title ?? 'Start';
      const now = performance.now();
      // Every keystroke older than a second (plus scheduling slack) must be in the draft.
      const due = typedAt.filter((time) => now - time >= 1_100).length;
      expect(saved.length - 'Start'.length).toBeGreaterThanOrEqual(due);
      if (saved.length > 'Start'.length) savedBeforeTypingEnded = true;
    }
    expect(savedBeforeTypingEnded).toBe(true);
    await waitFor(async () => expect((await draftValues())?.title).toBe(`Start${'x'.repeat(15)}`));
  });

  it('writes at once when the form goes away', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TestForm />);
    await user.type(await titleField(), ' und Ziel');
    unmount();
    // Well before the 300 ms quiet timer would have fired.
    await waitFor(
      async () => expect(await draftValues()).toEqual({ title: 'Start und Ziel', notes: '' }),
      {
        timeout: 150,
        interval: 10,
      },
    );
  });

  it('writes at once when the page is hidden or closed (pagehide)', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.type(await titleField(), '!');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await waitFor(async () => expect((await draftValues())?.title).toBe('Start!'), {
      timeout: 150,
      interval: 10,
    });
  });

  it('writes at once when the tab is put in the background', async () => {
    const user = userEvent.setup();
    render(<TestForm />);
    await user.type(await titleField(), '?');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      act(() => {
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await waitFor(async () => expect((await draftValues())?.title).toBe('Start?'), {
        timeout: 150,
        interval: 10,
      });
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });

  it('creates no draft when a form is only opened and looked at', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TestForm />);
    await user.click(await titleField());
    await user.click(await notesField());
    await sleep(1_100);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    unmount();
    await sleep(50);
    expect(await db.drafts.count()).toBe(0);
  });

  it('brings back exactly what was typed and puts the caret back where it was', async () => {
    const user = userEvent.setup();
    const text = 'Zeile eins\nZeile zwei – Straße 😀, café, maji safi';
    const first = render(<TestForm />);
    await user.type(await titleField(), ' mit Rad');
    await user.click(await notesField());
    await user.keyboard(text.replace('\n', '{Enter}'));
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    const caret = (await notesField()).selectionStart;
    expect(caret).toBe(text.length - 3);
    await waitFor(async () => expect((await loadDraft(KEY))?.focus?.start).toBe(caret));
    first.unmount();

    render(<TestForm />);
    const notes = await notesField();
    expect(notes.value).toBe(text);
    expect((await titleField()).value).toBe('Start mit Rad');
    expect(screen.getByTestId('state')).toHaveTextContent('restored dirty');
    await waitFor(() => expect(document.activeElement).toBe(notes));
    expect(notes.selectionStart).toBe(caret);
    expect(notes.selectionEnd).toBe(caret);
  });

  it('prefers a draft over the values of the record being edited', async () => {
    const user = userEvent.setup();
    const first = render(<TestForm initial={{ title: 'Gespeichert', notes: '' }} />);
    await user.clear(await titleField());
    await user.type(await titleField(), 'Ungespeichert');
    first.unmount();
    await waitFor(async () => expect((await draftValues())?.title).toBe('Ungespeichert'));
    render(<TestForm initial={{ title: 'Gespeichert', notes: '' }} />);
    expect(await titleField()).toHaveValue('Ungespeichert');
  });

  it('starts from the record once it has loaded when there is no draft', async () => {
    const view = render(<TestForm loaded={false} />);
    expect(await screen.findByText('loading')).toBeInTheDocument();
    view.rerender(<TestForm initial={{ title: 'Geladen', notes: 'n' }} />);
    expect(await titleField()).toHaveValue('Geladen');
    expect(screen.getByTestId('state')).toHaveTextContent('fresh clean');
  });

  it('throws the draft away on discard and goes back to the initial values', async () => {
    const user = userEvent.setup();
    const first = render(<TestForm />);
    await user.type(await titleField(), ' verworfen');
    first.unmount();
    await waitFor(async () => expect(await draftValues()).toBeDefined());

    const { unmount } = render(<TestForm />);
    expect(await titleField()).toHaveValue('Start verworfen');
    await user.click(screen.getByRole('button', { name: 'discard' }));
    await waitFor(async () => expect(await loadDraft(KEY)).toBeUndefined());
    expect(await titleField()).toHaveValue('Start');
    expect(screen.getByTestId('state')).toHaveTextContent('fresh clean');
    unmount();
    await sleep(50);
    expect(await db.drafts.count()).toBe(0);
  });

  it('removes the draft on complete (after a save), also when the form then closes', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<TestForm />);
    await user.type(await titleField(), ' gespeichert');
    await waitFor(async () => expect(await draftValues()).toBeDefined());
    await user.type(await titleField(), '!');
    await user.click(screen.getByRole('button', { name: 'complete' }));
    await waitFor(async () => expect(await loadDraft(KEY)).toBeUndefined());
    unmount();
    await sleep(1_000);
    expect(await db.drafts.count()).toBe(0);
  });
});
