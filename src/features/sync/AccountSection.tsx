// The account on the sync page: who is signed in with which roles, and signing in or out.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { COORDINATOR_ROLE, partnershipIdOfRole } from '../../sync/naming';
import type { StoredSession } from '../../sync/session';
import { Section } from '../../ui/Section';
import { SIGN_IN_PATH } from '../account/accountPaths';
import { SignOutAction } from '../account/SignOutAction';
import { usePartnershipNames } from './usePartnershipNames';

function RoleItem({ role }: { role: string }) {
  const { t } = useTranslation();
  const names = usePartnershipNames();
  if (role === COORDINATOR_ROLE) return <li>{t('account:roles.coordinator')}</li>;
  const partnershipId = partnershipIdOfRole(role);
  if (partnershipId) {
    const name = names.get(partnershipId) ?? partnershipId;
    return <li dir="auto">{t('account:roles.partnership', { name })}</li>;
  }
  return <li dir="auto">{role}</li>;
}

export function AccountSection({
  session,
  onWiped,
}: {
  session: StoredSession | null;
  onWiped?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Section id="sync-account" title={t('sync:account.title')}>
      {session ? (
        <>
          <dl className="facts">
            <dt>{t('sync:account.user')}</dt>
            <dd dir="auto">{session.user.name}</dd>
            <dt>{t('sync:account.roles')}</dt>
            <dd>
              {session.user.roles.length > 0 ? (
                <ul>
                  {session.user.roles.map((role) => (
                    <RoleItem key={role} role={role} />
                  ))}
                </ul>
              ) : (
                t('sync:account.noRoles')
              )}
            </dd>
          </dl>
          <SignOutAction {...(onWiped ? { onWiped } : {})} />
        </>
      ) : (
        <>
          <p>{t('sync:account.signedOut')}</p>
          <Link href={SIGN_IN_PATH} className="button button--primary">
            {t('sync:account.signIn')}
          </Link>
        </>
      )}
    </Section>
  );
}
