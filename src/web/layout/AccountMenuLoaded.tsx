import { Button, Menu } from '@mantine/core';
import { IconCertificate, IconLogout, IconLogout2, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logoutEverywhereRoute, logoutRoute } from '../../contracts/accounts.js';
import { call, setCsrfToken } from '../api/client.js';
import { useSession } from '../api/session.js';
import { notify } from '../notify.js';
import { type AccountMenuIntent, useAccountButton } from './AccountMenu.js';

/** The account menu itself (with its floating dropdown), fetched when the account button is first wanted. */
export function AccountMenuLoaded({ intent }: { intent: AccountMenuIntent }) {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const button = useAccountButton();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);

  // This button replaces the one clicked or focused before the menu came: it takes over the focus, then
  // the menu opens (after mounting, so that closing it gives the focus back to the button).
  useEffect(() => {
    if (intent.focused) target.current?.focus();
    if (intent.open) setOpened(true);
  }, [intent]);

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
    <Menu position="bottom-end" withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Button ref={target} {...button} />
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
