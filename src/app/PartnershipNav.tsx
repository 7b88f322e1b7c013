import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useRoute } from 'wouter';
import { paramToId } from '../domain';
import { paths } from '../features/shared/paths';

/** The tab bar inside a partnership, at the bottom where a thumb reaches it. */
export function PartnershipNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [inPartnership, params] = useRoute('/p/:pid/*?');
  const navRef = useRef<HTMLElement>(null);

  // On a narrow screen the bar scrolls sideways: keep the current section in view.
  useEffect(() => {
    const active = navRef.current?.querySelector('[aria-current="page"]');
    if (active instanceof HTMLElement && typeof active.scrollIntoView === 'function') {
      active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }, [location]);

  if (!inPartnership || !params.pid) return null;
  const pid = paramToId('partnership', params.pid);
  const home = paths.partnership(pid);
  const tabs = [
    { href: home, label: t('common:nav.overview') },
    { href: paths.deployments(pid), label: t('common:nav.deployments') },
    { href: paths.meetings(pid), label: t('common:nav.meetings') },
    { href: paths.measures(pid), label: t('common:nav.measures') },
    { href: paths.programme(pid), label: t('common:nav.programme') },
  ];
  const isActive = (href: string) =>
    href === home ? location === home : location === href || location.startsWith(`${href}/`);
  return (
    <nav ref={navRef} className="tab-bar" aria-label={t('common:nav.partnership')}>
      {tabs.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={isActive(tab.href) ? 'page' : undefined}
          className={isActive(tab.href) ? 'tab-bar__tab tab-bar__tab--active' : 'tab-bar__tab'}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
