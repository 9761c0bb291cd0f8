import { Button, Group } from '@mantine/core';
import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { mayKeepBulletin } from '../../api/network.js';
import { useSession } from '../../api/session.js';

const tabs = [
  { to: '/network', key: 'partners' },
  { to: '/network/convenings', key: 'convenings' },
  { to: '/network/bulletin', key: 'bulletin' },
] as const;

/** The three parts of the network, as links (each its own address), the current one marked. */
export function NetworkTabs() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const current = pathname.startsWith('/network/convenings')
    ? 'convenings'
    : pathname.startsWith('/network/bulletin')
      ? 'bulletin'
      : 'partners';
  return (
    <Group component="nav" aria-label={t('network.tabs.label')} gap="xs" mb="md" wrap="wrap">
      {tabs
        .filter((tab) => tab.key !== 'bulletin' || mayKeepBulletin(session.role))
        .map((tab) => (
          <Button
            key={tab.key}
            variant={current === tab.key ? 'filled' : 'default'}
            aria-current={current === tab.key ? 'page' : undefined}
            renderRoot={(props) => <Link to={tab.to} {...props} />}
          >
            {t(`network.tabs.${tab.key}`)}
          </Button>
        ))}
    </Group>
  );
}
