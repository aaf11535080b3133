import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { AppShell } from '@/components/shell/app-shell';
import { useMe } from '@/features/me/api/get-me';
import { AreaLabel } from '@/features/me/components/area-label';
import { logout } from '../auth/keycloak';
import { navItemsFor } from '../navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const nav = navItemsFor(me.data?.roles ?? []).map((item) => ({ ...item, label: t(item.labelKey) }));

  return (
    <AppShell
      nav={nav}
      userName={me.data?.displayName}
      userArea={me.data && <AreaLabel area={me.data.area} />}
      onLogout={() => void logout()}
    >
      {me.isError ? <ProblemAlert error={me.error} onRetry={() => void me.refetch()} /> : <Outlet />}
    </AppShell>
  );
}
