// Sign-in with the CouchDB account (`/sign-in`): user name and password, the server's answer in
// plain words. The password only travels to the server; the device keeps the user and roles.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { signInOnDevice } from '../../sync/appSync';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { paths } from '../shared/paths';
import { SYNC_PATH } from './accountPaths';
import { useSignInProblemText, type SignInFormProblem } from './useSignInProblemText';
import { useStoredSession } from './useStoredSession';
import './account.css';

function SignInForm({ initialName }: { initialName: string }) {
  const { t } = useTranslation();
  const problemText = useSignInProblemText();
  const [, navigate] = useLocation();
  const [name, setName] = useState(initialName);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<SignInFormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim() || !password) {
      setProblem('missing');
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await signInOnDevice(name, password);
    if (result.ok) {
      navigate(paths.home());
      return;
    }
    setBusy(false);
    setProblem(result.problem);
    if (result.problem === 'wrongCredentials') setPassword('');
  };

  return (
    <form className="sign-in" onSubmit={(event) => void onSubmit(event)} noValidate>
      {problem ? <Notice tone="error">{problemText(problem)}</Notice> : null}
      <TextField
        id="sign-in-name"
        label={t('account:signIn.userName')}
        value={name}
        onValueChange={setName}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
      />
      <TextField
        id="sign-in-password"
        type="password"
        label={t('account:signIn.password')}
        value={password}
        onValueChange={setPassword}
        autoComplete="current-password"
      />
      <Button type="submit" variant="primary" disabled={busy}>
        {busy ? t('account:signIn.submitting') : t('account:signIn.submit')}
      </Button>
    </form>
  );
}

export function SignInScreen() {
  const { t } = useTranslation();
  const session = useStoredSession();

  if (session === undefined) {
    return (
      <p className="loading" role="status">
        {t('common:loading')}
      </p>
    );
  }
  return (
    <>
      <PageHeader title={t('account:signIn.title')} />
      {session && !session.expired ? (
        <>
          <Notice tone="success">
            {t('account:signIn.signedInAs', { name: session.user.name })}
          </Notice>
          <p>{t('account:signIn.switchUser')}</p>
          <Link href={SYNC_PATH} className="button">
            {t('account:signIn.toSync')}
          </Link>
        </>
      ) : (
        <>
          <p>{t('account:signIn.intro')}</p>
          <SignInForm initialName={session?.user.name ?? ''} />
        </>
      )}
    </>
  );
}
