// A modal dialog over the screen: focus moves into it and stays there (Tab wraps), Escape closes
// it, and on closing the focus goes back to where it was (or to `returnFocus` when that element
// is gone). Rendered into <body>, so it is never inside a form's DOM.
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ModalDialog({
  labelledBy,
  onClose,
  returnFocus,
  className,
  children,
}: {
  /** The id of the dialog's heading. */
  labelledBy: string;
  onClose: () => void;
  /** Where the focus goes on closing when the element that had it is gone. */
  returnFocus?: () => HTMLElement | null;
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  const fallback = useRef(returnFocus);
  useEffect(() => {
    close.current = onClose;
    fallback.current = returnFocus;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    const focusables = () => [...(element?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    (focusables()[0] ?? element)?.focus();
    // On the document, not the dialog: the focus may have left it (a button that became
    // disabled), and Escape and Tab must still work then.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close.current();
        return;
      }
      if (event.key !== 'Tab' || !element) return;
      const all = focusables();
      const first = all[0];
      const last = all.at(-1);
      if (!first || !last) return;
      const inside = element.contains(document.activeElement);
      if (!inside || (event.shiftKey && document.activeElement === first)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      const target = opener?.isConnected ? opener : fallback.current?.();
      target?.focus();
    };
  }, []);

  return createPortal(
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className={['modal', className].filter(Boolean).join(' ')}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>,
    document.body,
  );
}
