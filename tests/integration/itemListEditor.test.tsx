// Lists inside a form are usable without sight: each button names its entry, a new entry gets
// the focus, and removing one never drops the focus to the top of the page.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ItemListEditor } from '../../src/features/shared/ItemListEditor';

interface Item {
  id: string;
  text: string;
}

let counter = 0;

function Editor({ initial }: { initial: Item[] }) {
  const [items, setItems] = useState(initial);
  return (
    <ItemListEditor
      id="notes"
      legend="Notizen"
      addLabel="Notiz hinzufügen"
      items={items}
      onChange={setItems}
      newItem={() => ({ id: `n${++counter}`, text: '' })}
      renderItem={(item, index, fieldId) => (
        <label>
          {`Notiz ${index + 1}`}
          <input
            id={fieldId('text')}
            value={item.text}
            onChange={(event) =>
              setItems((list) =>
                list.map((x) => (x.id === item.id ? { ...x, text: event.target.value } : x)),
              )
            }
          />
        </label>
      )}
      reorderable
    />
  );
}

describe('a list editor inside a form', () => {
  it('names each button after its entry and the list', () => {
    render(
      <Editor
        initial={[
          { id: 'a', text: 'Erste' },
          { id: 'b', text: 'Zweite' },
        ]}
      />,
    );
    expect(
      screen.getByRole('button', { name: 'Eintrag 2 von „Notizen“ entfernen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Eintrag 1 von „Notizen“ nach unten' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('puts the focus into a new entry, and next to a removed one', async () => {
    const user = userEvent.setup();
    render(<Editor initial={[{ id: 'a', text: 'Erste' }]} />);
    await user.click(screen.getByRole('button', { name: 'Notiz hinzufügen' }));
    expect(screen.getByRole('textbox', { name: 'Notiz 2' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Eintrag 2 von „Notizen“ entfernen' }));
    expect(screen.getByRole('textbox', { name: 'Notiz 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Eintrag 1 von „Notizen“ entfernen' }));
    expect(screen.getByRole('button', { name: 'Notiz hinzufügen' })).toHaveFocus();
  });
});
