import { Button, Menu, Text } from '@mantine/core';
import {
  IconCertificate,
  IconChevronDown,
  IconLogout,
  IconLogout2,
  IconShieldLock,
  IconUserCircle,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { logoutEverywhereRoute, logoutRoute } from '../../contracts/accounts.js';
import { call, setCsrfToken } from '../api/client.js';
import { useSession } from '../api/session.js';
import { notify } from '../notify.js';

export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const leave = async () => {
    setCsrfToken(null);
    queryClient.clear();
    await navigate({ to: '/login', search: { next: undefined } });
  };

  const logout = useMutation({ mutationFn: () => call(logoutRoute), onSuccess: leave });
  const logoutEverywhere = useMutation({
    mutationFn: () => call(logoutEverywhereRoute),
    onSuccess: async (result) => {
      notify({
        color: 'green',
        message: t('shell.loggedOutEverywhere', { count: result.ended }),
      });
      await leave();
    },
  });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="xs"
          aria-label={`${session.user.displayName}, ${t('shell.account')}`}
          leftSection={<IconUserCircle size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Text span size="sm" visibleFrom="sm" truncate maw={160}>
            {session.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {session.user.displayName} — {t('shell.roleLabel', { role: t(`roles.${session.role}`) })}
        </Menu.Label>
        <Menu.Item
          leftSection={<IconCertificate size={16} aria-hidden />}
          renderRoot={(props) => (
            <Link to="/staff/$userId/training" params={{ userId: session.user.id }} {...props} />
          )}
        >
          {t('sessions.training.myRecord')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconShieldLock size={16} aria-hidden />}
          renderRoot={(props) => <Link to="/account/security" {...props} />}
        >
          {t('accountSecurity.menu')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate()}>
          {t('shell.logout')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout2 size={16} aria-hidden />}
          onClick={() => logoutEverywhere.mutate()}
        >
          {t('shell.logoutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
