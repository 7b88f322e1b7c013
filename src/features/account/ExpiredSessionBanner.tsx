// Shown on every screen when the server no longer accepts our session: asks for the password
// again (the user name is fixed). Not a dialog and never takes the focus, so typing elsewhere
// goes on undisturbed; unsynced work stays where it is.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute } from 'wouter';
import { signInOnDevice } from '../../sync/appSync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { SIGN_IN_PATH } from './accountPaths';
import { useSignInProblemText, type SignInFormProblem } from './useSignInProblemText';
import { useStoredSession } from './useStoredSession';
import './account.css';

function ReSignInForm({ name }: { name: string }) {
  const { t } = useTranslation();
  const problemText = useSignInProblemText();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SignInFormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      setProblem('missing');
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await signInOnDevice(name, password);
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      if (result.problem === 'wrongCredentials') setPassword('');
    }
  };

  return (
    <form className="session-banner__form" onSubmit={(event) => void onSubmit(event)} noValidate>
      {/* For password managers: which account the password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={name} readOnly hidden />
      <TextField
        id="expired-password"
        type="password"
        label={t('account:expired.password')}
        value={password}
        onValueChange={setPassword}
        autoComplete="current-password"
      />
      <Button type="submit" variant="primary" disabled={busy}>
        {t('account:expired.submit')}
      </Button>
      {problem ? <Notice tone="error">{problemText(problem)}</Notice> : null}
    </form>
  );
}

export function ExpiredSessionBanner() {
  const { t } = useTranslation();
  const session = useStoredSession();
  const [onSignIn] = useRoute(SIGN_IN_PATH);
  if (!session?.expired || onSignIn) return null;
  return (
    <section className="session-banner" aria-label={t('account:expired.region')}>
      <div className="session-banner__inner">
        <p className="session-banner__title">{t('account:expired.title')}</p>
        <p>{t('account:expired.explanation', { name: session.user.name })}</p>
        <ReSignInForm name={session.user.name} />
      </div>
    </section>
  );
}
