// Whether a person is typing right now: an app update must never reload the page under them.

/** Typing within this long counts as still typing. */
const QUIET_MS = 5000;

/** Input types that are pressed or ticked, not typed into. */
const NOT_TYPED = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
  'hidden',
]);

let lastInputAt = Number.NEGATIVE_INFINITY;
let watching = false;

/** Starts noting every keystroke and input anywhere on the page. */
export function watchEditing(): void {
  if (watching) return;
  watching = true;
  const note = () => {
    lastInputAt = Date.now();
  };
  document.addEventListener('input', note, true);
  document.addEventListener('keydown', note, true);
  document.addEventListener('compositionupdate', note, true);
}

/** True when the focus is in something one types into. */
export function isEditableFocused(element: Element | null = document.activeElement): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable) return true;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !NOT_TYPED.has(element.type);
}

/** True while a field is focused for editing or something was typed in the last seconds. */
export function isEditing(now = Date.now()): boolean {
  return isEditableFocused() || now - lastInputAt < QUIET_MS;
}
