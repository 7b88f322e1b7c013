import { afterEach, describe, expect, it } from 'vitest';
import { isEditableFocused, isEditing, watchEditing } from '../../src/pwa/editing';

afterEach(() => {
  document.body.innerHTML = '';
});

function focused(html: string): Element | null {
  document.body.innerHTML = html;
  const element = document.body.firstElementChild;
  if (element instanceof HTMLElement) element.focus();
  return document.activeElement;
}

describe('whether a person is typing', () => {
  it('counts text fields, text areas and selects as editing', () => {
    expect(isEditableFocused(focused('<input type="text">'))).toBe(true);
    expect(isEditableFocused(focused('<input type="datetime-local">'))).toBe(true);
    expect(isEditableFocused(focused('<textarea></textarea>'))).toBe(true);
    expect(isEditableFocused(focused('<select><option>a</option></select>'))).toBe(true);
  });

  it('does not count buttons, checkboxes or the page itself', () => {
    expect(isEditableFocused(focused('<button>Speichern</button>'))).toBe(false);
    expect(isEditableFocused(focused('<input type="checkbox">'))).toBe(false);
    expect(isEditableFocused(document.body)).toBe(false);
  });

  it('counts the seconds after the last keystroke as still typing', () => {
    watchEditing();
    focused('<button>ok</button>');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    const now = Date.now();
    expect(isEditing(now)).toBe(true);
    expect(isEditing(now + 10_000)).toBe(false);
  });
});
