import { Anchor, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/features/me/hooks/use-permissions';
import { useFiscalYearParam } from '@/lib/fiscal-year';
import { formatTwoDecimals } from '@/lib/numbers';
import { useRubric } from '../api/get-rubric';
import { RubricEditor } from '../components/rubric-editor';
import { evaluationPath } from '../utils/paths';

/** A fiscal year's rubric (/evaluation/rubric?fiscalYear=): the department edits it, everyone reads it. */
export function RubricRoute() {
  const { t, i18n } = useTranslation('evaluation');
  const [fiscalYear] = useFiscalYearParam();
  const rubric = useRubric(fiscalYear);
  const { isDepartment, isLoading } = usePermissions();

  return (
    <Stack>
      <Anchor component={Link} to={evaluationPath(fiscalYear)} size="sm">
        {t('rubric.back')}
      </Anchor>
      <Group gap="sm">
        <Title order={2}>{t('rubric.heading', { year: fiscalYear })}</Title>
        {rubric.data && <Badge variant="light">{t('rubric.revision', { revision: rubric.data.revision })}</Badge>}
      </Group>
      {(rubric.isPending || isLoading) && <Loading />}
      {rubric.isError && <ProblemAlert error={rubric.error} onRetry={() => void rubric.refetch()} />}
      {rubric.isSuccess && !isLoading && isDepartment && (
        <RubricEditor key={`${rubric.data?.id}-${rubric.data?.version}`} fiscalYear={fiscalYear} rubric={rubric.data} />
      )}
      {rubric.isSuccess && !isLoading && !isDepartment && (
        <Paper withBorder p="md">
          {rubric.data === null ? (
            <Text c="dimmed">{t('rubric.none')}</Text>
          ) : (
            <Stack>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('visit.criterion')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('rubric.weight')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rubric.data.criteria.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row" fw={400}>
                        {c.position}. {c.name}
                        {c.description && (
                          <Text size="sm" c="dimmed">
                            {c.description}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td ta="right">{c.weight}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <List>
                {rubric.data.levels.map((level) => (
                  <List.Item key={level.name}>
                    {level.name} ≥ {formatTwoDecimals(level.minScore, i18n.language)}
                  </List.Item>
                ))}
              </List>
              <Text size="sm" c="dimmed">
                {t('rubric.readOnly')}
              </Text>
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
