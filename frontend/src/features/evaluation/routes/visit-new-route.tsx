import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { currentFiscalYear } from '@/lib/fiscal-year';
import { useRubric } from '../api/get-rubric';
import { VisitEditor } from '../components/visit-editor';

/** Recording a visit (/evaluation/visits/new?centerId=), scored under this fiscal year's rubric. */
export function VisitNewRoute() {
  const { t } = useTranslation('evaluation');
  const [params] = useSearchParams();
  const permissions = usePermissions();
  const fiscalYear = currentFiscalYear();
  const rubric = useRubric(fiscalYear);

  return (
    <Stack>
      <Anchor component={Link} to="/evaluation" size="sm">
        {t('visit.back')}
      </Anchor>
      <Title order={2}>{t('form.title')}</Title>
      {(rubric.isPending || permissions.isLoading) && <Loading />}
      {rubric.isError && <ProblemAlert error={rubric.error} onRetry={() => void rubric.refetch()} />}
      {!permissions.isLoading && !permissions.canWrite && <Alert color="yellow">{t('form.readOnly')}</Alert>}
      {rubric.data === null && <Alert color="yellow">{t('form.noRubric', { year: fiscalYear })}</Alert>}
      {rubric.data && permissions.canWrite && <VisitEditor rubric={rubric.data} centerId={params.get('centerId') ?? ''} />}
    </Stack>
  );
}
