import { useTranslation } from 'react-i18next';
import type { SignInProblem } from '../../sync/session';

/** What can go wrong when signing in, including an incomplete form. */
export type SignInFormProblem = SignInProblem | 'missing';

/** Plain words for a failed sign-in. */
export function useSignInProblemText() {
  const { t } = useTranslation();
  return (problem: SignInFormProblem): string => {
    switch (problem) {
      case 'missing':
        return t('account:signIn.missing');
      case 'wrongCredentials':
        return t('account:signIn.problem.wrongCredentials');
      case 'offline':
        return t('account:signIn.problem.offline');
      case 'unreachable':
        return t('account:signIn.problem.unreachable');
      case 'unexpected':
        return t('account:signIn.problem.unexpected');
      case 'storageFull':
        return t('account:signIn.problem.storageFull');
    }
  };
}
