import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { Loading } from '@/components/loading';
import { PrintToolbar, useThaiDigitsParam } from '@/components/print-toolbar';
import { ProblemAlert } from '@/components/problem-alert';
import { useVisit } from '../api/get-visit';
import { VisitPrint } from '../components/visit-print';
import { visitPath } from '../utils/paths';

/** The visit report on A4 (/evaluation/visits/:id/print), Thai digits when ?thaiDigits=1. */
export function VisitPrintRoute() {
  const { id = '' } = useParams();
  const [thaiDigits, setThaiDigits] = useThaiDigitsParam();
  const visit = useVisit(id);
  return (
    <Stack>
      <PrintToolbar ns="evaluation" backTo={visitPath(id)} thaiDigits={thaiDigits} onThaiDigits={setThaiDigits} ready={Boolean(visit.data)} />
      {visit.isPending && <Loading />}
      {visit.isError && <ProblemAlert error={visit.error} onRetry={() => void visit.refetch()} />}
      {visit.data && <VisitPrint visit={visit.data} thaiDigits={thaiDigits} />}
    </Stack>
  );
}
