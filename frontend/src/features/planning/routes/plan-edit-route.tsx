import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { parseFiscalYear } from '@/lib/fiscal-year';
import { getPlanQueryOptions } from '../api/get-plan';
import { PlanEditor } from '../components/plan-editor';

/** Making or changing a center's plan (/plans/:centerId/:year/edit), from the version saved now. */
export function PlanEditRoute() {
  const { t } = useTranslation('plans');
  const { centerId = '', year = '' } = useParams();
  const fiscalYear = parseFiscalYear(year) ?? 0;
  const permissions = usePermissions();
  const plan = useQuery({ ...getPlanQueryOptions(centerId, fiscalYear), staleTime: 0, refetchOnMount: 'always', enabled: fiscalYear > 0 });

  return (
    <Stack>
      <Anchor component={Link} to={`/centers/${centerId}`} size="sm">
        {t('form.back')}
      </Anchor>
      <Title order={2}>{t('form.title', { center: plan.data?.centerName ?? '', year: fiscalYear })}</Title>
      {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {(!plan.isFetchedAfterMount || permissions.isLoading) && !plan.isError && <Loading />}
      {plan.isFetchedAfterMount && plan.isSuccess && !permissions.isLoading &&
        (permissions.canWrite ? (
          <PlanEditor key={plan.data?.version ?? 'new'} centerId={centerId} fiscalYear={fiscalYear} plan={plan.data} />
        ) : (
          <Alert color="yellow">{t('form.readOnly')}</Alert>
        ))}
    </Stack>
  );
}
