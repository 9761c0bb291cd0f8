import {
  AppShell,
  Badge,
  Burger,
  Group,
  NativeSelect,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAffiliate,
  IconArrowForwardUp,
  IconArrowMerge,
  IconArrowsExchange,
  IconBriefcase,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCalendarEvent,
  IconCalendarTime,
  IconCash,
  IconCertificate,
  IconChecklist,
  IconCopy,
  IconDoorEnter,
  IconHistory,
  IconListCheck,
  IconMail,
  IconMap,
  IconPigMoney,
  IconRadar,
  IconShare,
  IconShieldLock,
  IconUserPlus,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouter, useRouterState } from '@tanstack/react-router';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { outboxRoute, setLocaleRoute, switchOrganizationRoute } from '../../contracts/accounts.js';
import { call } from '../api/client.js';
import { useReplaceSession, useSession } from '../api/session.js';
import { mayKeepTasks, useTaskCounts } from '../api/tasks.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { currentLanguage, storedLanguage, type UiLanguage } from '../i18n/index.js';
import { chooseLanguage } from '../i18n/language.js';
import { notify } from '../notify.js';
import { AccountMenu } from './AccountMenu.js';
import { type MenuGroup, type MenuPath, menuFor, menuGroups } from './menu.js';

interface NavItem {
  to:
    | '/caseload'
    | '/people/new'
    | '/outreach'
    | '/front-door'
    | '/network'
    | '/referrals'
    | '/handoffs'
    | '/regions'
    | '/relocation-aid'
    | '/programs'
    | '/loan-funds'
    | '/sessions'
    | '/agenda'
    | '/meetings'
    | '/employers'
    | '/offers'
    | '/recognition'
    | '/shared-people'
    | '/duplicates'
    | '/duplicate-runs'
    | '/tasks'
    | '/staff'
    | '/audit'
    | '/privacy'
    | '/outbox';
  label: string;
  group: MenuGroup;
  icon: ReactNode;
  /** A number shown beside the entry (tasks due today or overdue), and what it counts for screen readers. */
  count?: { value: number; meaning: string };
}

const menuIcons: Record<MenuPath, ReactNode> = {
  '/caseload': <IconUsers size={18} aria-hidden />,
  '/people/new': <IconUserPlus size={18} aria-hidden />,
  '/outreach': <IconRadar size={18} aria-hidden />,
  '/front-door': <IconDoorEnter size={18} aria-hidden />,
  '/network': <IconAffiliate size={18} aria-hidden />,
  '/referrals': <IconArrowForwardUp size={18} aria-hidden />,
  '/handoffs': <IconArrowsExchange size={18} aria-hidden />,
  '/regions': <IconMap size={18} aria-hidden />,
  '/relocation-aid': <IconCash size={18} aria-hidden />,
  '/programs': <IconBuildingCommunity size={18} aria-hidden />,
  '/loan-funds': <IconPigMoney size={18} aria-hidden />,
  '/sessions': <IconCalendarEvent size={18} aria-hidden />,
  '/agenda': <IconCalendarTime size={18} aria-hidden />,
  '/meetings': <IconListCheck size={18} aria-hidden />,
  '/employers': <IconBuildingFactory2 size={18} aria-hidden />,
  '/offers': <IconBriefcase size={18} aria-hidden />,
  '/recognition': <IconCertificate size={18} aria-hidden />,
  '/shared-people': <IconShare size={18} aria-hidden />,
  '/duplicates': <IconCopy size={18} aria-hidden />,
  '/duplicate-runs': <IconArrowMerge size={18} aria-hidden />,
  '/staff': <IconUsersGroup size={18} aria-hidden />,
  '/audit': <IconHistory size={18} aria-hidden />,
  '/privacy': <IconShieldLock size={18} aria-hidden />,
  '/outbox': <IconMail size={18} aria-hidden />,
};

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const replaceSession = useReplaceSession();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  const saveLanguage = useMutation({
    mutationFn: (locale: UiLanguage) => call(setLocaleRoute, { body: { locale } }),
    // Not only the session: the server words some data in the account's language (ESCO occupations).
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const keepsTasks = mayKeepTasks(session.role);
  const taskCounts = useTaskCounts(keepsTasks);
  useFocusOnNavigation();
  useAccountLanguage(session.user.locale, (language) => saveLanguage.mutate(language));

  // biome-ignore lint/correctness/useExhaustiveDependencies: the mobile menu closes on each navigation
  useEffect(() => {
    close();
  }, [pathname, close]);

  const switchOrganization = useMutation({
    mutationFn: (organizationId: string) => call(switchOrganizationRoute, { body: { organizationId } }),
    onSuccess: async (next) => {
      replaceSession(next);
      // Everything cached belongs to the previous organization.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      notify({ color: 'green', message: t('shell.switched', { name: next.organization.name }) });
    },
  });

  // The outbox route exists only when the server runs for development or tests.
  const outboxAvailable = useQuery({
    queryKey: ['outbox-available'],
    queryFn: () => call(outboxRoute).then(() => true),
    meta: { inlineErrors: true },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  // Only the entries the role may use, from the one table the permission test checks (menu.ts).
  const items: NavItem[] = menuFor(session.role)
    .filter((entry) => entry.to !== '/outbox' || outboxAvailable.data === true)
    .map((entry) => ({
      to: entry.to,
      label: t(entry.label),
      group: entry.group,
      icon: menuIcons[entry.to],
    }));
  if (keepsTasks) {
    const due = (taskCounts.data?.overdue ?? 0) + (taskCounts.data?.today ?? 0);
    items.push({
      to: '/tasks',
      label: t('tasks.nav'),
      group: 'work',
      icon: <IconChecklist size={18} aria-hidden />,
      count: due > 0 ? { value: due, meaning: t('tasks.navDue') } : undefined,
    });
  }

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-controls="main-navigation"
              aria-expanded={opened}
            />
            <Text fw={700} size="lg" c="blue.9">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="md" truncate maw={260}>
              {session.organization.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSelect
              size="xs"
              languages={['fr', 'en']}
              onChange={(language) => {
                void chooseLanguage(language);
                saveLanguage.mutate(language);
              }}
            />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" component="nav" aria-label={t('shell.navigation')}>
        <Stack gap="sm" h="100%">
          {session.memberships.length > 1 ? (
            <NativeSelect
              label={t('shell.switchOrganization')}
              value={session.organization.id}
              disabled={switchOrganization.isPending}
              onChange={(event) => switchOrganization.mutate(event.currentTarget.value)}
              data={session.memberships.map((membership) => ({
                value: membership.organizationId,
                label: membership.organizationName,
              }))}
            />
          ) : (
            <Text size="sm" c="dimmed" hiddenFrom="md">
              {session.organization.name}
            </Text>
          )}
          <ScrollArea style={{ flex: 1 }}>
            <MenuSections items={items} pathname={pathname} />
          </ScrollArea>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/**
 * The menu's entries under their section's heading, in the sections' order; a role whose entries
 * fall in one section (a funder) sees them without a heading.
 */
function MenuSections({ items, pathname }: { items: NavItem[]; pathname: string }) {
  const { t } = useTranslation();
  const sections = menuGroups
    .map((group) => ({ group, entries: items.filter((item) => item.group === group) }))
    .filter((section) => section.entries.length > 0);
  return sections.map(({ group, entries }) => {
    const links = entries.map((item) => {
      const active =
        pathname === item.to || (item.to !== '/people/new' && pathname.startsWith(`${item.to}/`));
      return (
        <NavLink
          key={item.to}
          label={item.label}
          leftSection={item.icon}
          rightSection={
            item.count ? (
              <Badge size="sm" circle>
                {item.count.value}
                <VisuallyHidden> {item.count.meaning}</VisuallyHidden>
              </Badge>
            ) : undefined
          }
          active={active}
          aria-current={active ? 'page' : undefined}
          renderRoot={(props) => <Link to={item.to} {...props} />}
        />
      );
    });
    if (sections.length === 1) return links;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a fieldset is a form's group; this groups links of the menu
      <div key={group} role="group" aria-labelledby={`menu-section-${group}`}>
        <Text
          id={`menu-section-${group}`}
          size="xs"
          fw={700}
          c="dimmed"
          tt="uppercase"
          px="sm"
          pt="sm"
          pb={4}
        >
          {t(`nav.groups.${group}`)}
        </Text>
        {links}
      </div>
    );
  });
}

/** After each navigation (not the first load), focus moves to the new page's heading so screen readers announce it. */
function useFocusOnNavigation(): void {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.fromLocation || !event.pathChanged) return;
        window.setTimeout(() => document.querySelector<HTMLElement>('[data-page-title]')?.focus(), 50);
      }),
    [router],
  );
}

/**
 * A language chosen on this browser (even on the log-in page) is sent to the account so that API
 * messages follow it; with no choice here, the account's language is used.
 */
function useAccountLanguage(accountLocale: string, save: (language: 'fr' | 'en') => void): void {
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const chosen = storedLanguage();
    if (chosen === 'fr' || chosen === 'en') {
      if (chosen !== accountLocale) saveRef.current(chosen);
      return;
    }
    if ((accountLocale === 'fr' || accountLocale === 'en') && currentLanguage() !== accountLocale) {
      void chooseLanguage(accountLocale);
    }
  }, [accountLocale]);
}
