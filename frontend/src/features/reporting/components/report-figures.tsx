import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { figureTables, labelText, type FigureTable, type ReportFigures as Figures } from '../utils/figure-tables';
import { formatFigure } from '../utils/format-figure';

function FigureTableView({ table }: { table: FigureTable }) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const text = (label: FigureTable['caption']) => labelText(t, label);
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table withTableBorder captionSide="top" fz="sm" striped={false}>
        <Table.Caption ta="left" fw={700} c="var(--mantine-color-text)">
          {text(table.caption)}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('figures.columns.item')}</Table.Th>
            {table.columns.map((column, index) => (
              <Table.Th key={index} scope="col" ta="right">
                {text(column.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) =>
            row.kind === 'group' ? (
              <Table.Tr key={row.id} bg="var(--mantine-color-gray-light)">
                <Table.Th scope="colgroup" colSpan={table.columns.length + 1}>
                  {text(row.label)}
                </Table.Th>
              </Table.Tr>
            ) : (
              <Table.Tr key={row.id} fw={row.kind === 'item' ? undefined : 700}>
                <Table.Th scope="row" fw={row.kind === 'item' ? 400 : 700} pl={row.kind === 'item' ? 'lg' : undefined}>
                  {text(row.label)}
                </Table.Th>
                {row.values.map((value, index) => (
                  <Table.Td key={index} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatFigure(value, row.format ?? table.columns[index]?.format ?? 'count', lang)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The prefilled figures laid out as in enclosure 2 of the letter. */
export function ReportFigures({ figures, frozen }: { figures: Figures; frozen: boolean }) {
  const { t, i18n } = useTranslation('reporting');
  return (
    <Stack gap="md" component="section" aria-labelledby="report-figures-heading">
      <div>
        <Title order={3} size="h4" id="report-figures-heading">
          {t('figures.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(frozen ? 'figures.frozen' : 'figures.live')}
        </Text>
      </div>
      {figureTables(figures).map((table) => (
        <FigureTableView key={table.id} table={table} />
      ))}
      {figures.kind === 'QUARTERLY' && (
        <Text size="sm">
          {t('figures.budget', { amount: formatFigure(figures.activities.budgetBaht, 'baht', i18n.language) })}
        </Text>
      )}
      {figures.kind === 'QUARTERLY' && !figures.plan && (
        <Text size="sm" c="dimmed">
          {t('figures.planAbsent')}
        </Text>
      )}
    </Stack>
  );
}
