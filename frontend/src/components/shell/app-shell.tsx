import { AppShell as MantineAppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { formatDate } from '@/lib/dates';
import { activeNavItem, type ShellNavItem } from './active-nav-item';

type AppShellProps = {
  nav: ShellNavItem[];
  userName?: string;
  userArea?: ReactNode;
  onLogout: () => void;
  children: ReactNode;
};

export function AppShell({ nav, userName, userArea, onLogout, children }: AppShellProps) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { pathname } = useLocation();
  const current = activeNavItem(pathname, nav);

  return (
    <MantineAppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <MantineAppShell.Header className="cdvl-no-print">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm" miw={0}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Stack gap={0} miw={0}>
              {/* One line on a phone, where the language switch and logout share the header. */}
              <Title order={1} size="h4" lineClamp={1}>
                {t('app.name')}
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {t('header.today', { date: formatDate(new Date(), i18n.language, { style: 'long' }) })}
              </Text>
            </Stack>
          </Group>
          <Group wrap="nowrap" gap="xs" style={{ flexShrink: 0 }}>
            {userName && (
              <Stack gap={0} visibleFrom="sm" align="flex-end">
                <Text size="sm" fw={500}>
                  {userName}
                </Text>
                {userArea && (
                  <Text size="xs" c="dimmed">
                    {userArea}
                  </Text>
                )}
              </Stack>
            )}
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={onLogout}>
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </MantineAppShell.Header>

      <MantineAppShell.Navbar className="cdvl-no-print" p="xs" component="nav" aria-label={t('nav.label')}>
        {nav.map((item) => {
          const active = item === current;
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </MantineAppShell.Navbar>

      <MantineAppShell.Main>{children}</MantineAppShell.Main>
    </MantineAppShell>
  );
}
