import { useTranslation } from 'react-i18next';
import { Link, useRoute } from 'wouter';
import { paramToId } from '../domain';
import { paths } from '../features/shared/paths';

/** The tab bar inside a partnership, at the bottom where a thumb reaches it. */
export function PartnershipNav() {
  const { t } = useTranslation();
  const [inPartnership, params] = useRoute('/p/:pid/*?');
  if (!inPartnership || !params.pid) return null;
  const pid = paramToId('partnership', params.pid);
  const tabs = [
    { href: paths.partnership(pid), label: t('common:nav.overview') },
    { href: paths.deployments(pid), label: t('common:nav.deployments') },
    { href: paths.meetings(pid), label: t('common:nav.meetings') },
    { href: paths.measures(pid), label: t('common:nav.measures') },
    { href: paths.programme(pid), label: t('common:nav.programme') },
  ];
  return (
    <nav className="tab-bar" aria-label={t('common:nav.partnership')}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={(active: boolean) =>
            active ? 'tab-bar__tab tab-bar__tab--active' : 'tab-bar__tab'
          }
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
