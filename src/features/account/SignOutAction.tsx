import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOutDialog, type SignOutDialogProps } from './SignOutDialog';

/** The sign-out button; it opens the confirmation in place, and gets the focus back after it. */
export function SignOutAction({ onWiped }: Pick<SignOutDialogProps, 'onWiped'>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const returning = useRef(false);
  const close = () => {
    returning.current = true;
    setOpen(false);
  };
  if (open) return <SignOutDialog onClose={close} {...(onWiped ? { onWiped } : {})} />;
  return (
    <button
      type="button"
      className="button button--secondary"
      ref={(button) => {
        if (button && returning.current) {
          returning.current = false;
          button.focus();
        }
      }}
      onClick={() => setOpen(true)}
    >
      {t('account:signOut.open')}
    </button>
  );
}
