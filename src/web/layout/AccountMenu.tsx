import { Button, Text } from '@mantine/core';
import { IconChevronDown, IconUserCircle } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';
import { loadAreas } from '../i18n/index.js';

/** What the person did to the account button before its menu was there. */
export interface AccountMenuIntent {
  /** The button had the keyboard focus. */
  focused: boolean;
  /** The button was pressed: the menu opens as soon as it has come. */
  open: boolean;
}

/** The account button's look and name, the same before and after its menu has come. */
export function useAccountButton() {
  const { t } = useTranslation();
  const session = useSession();
  return {
    variant: 'subtle',
    size: 'xs',
    'aria-label': `${session.user.displayName}, ${t('shell.account')}`,
    leftSection: <IconUserCircle size={18} aria-hidden />,
    rightSection: <IconChevronDown size={14} aria-hidden />,
    children: (
      <Text span size="sm" visibleFrom="sm" truncate maw={160}>
        {session.user.displayName}
      </Text>
    ),
  } as const;
}

// With the words of its entries (the training record, the account's security).
const loadMenu = () =>
  Promise.all([import('./AccountMenuLoaded.js'), loadAreas(['sessions', 'accountSecurity'])]).then(
    ([module]) => module,
  );
const AccountMenuLoaded = lazy(() => loadMenu().then((module) => ({ default: module.AccountMenuLoaded })));

/**
 * The account menu (training record, security, log out). Its dropdown needs the floating-element code
 * that no page shows first, so it is fetched when the button is pointed at, focused or pressed, not with
 * every page.
 */
export function AccountMenu() {
  const button = useAccountButton();
  const [intent, setIntent] = useState<AccountMenuIntent | null>(null);
  const trigger = (
    <Button
      {...button}
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadMenu()}
      onFocus={() => void loadMenu()}
      onClick={(event) => setIntent({ focused: document.activeElement === event.currentTarget, open: true })}
    />
  );
  if (!intent) return trigger;
  return (
    <Suspense fallback={trigger}>
      <AccountMenuLoaded intent={intent} />
    </Suspense>
  );
}
