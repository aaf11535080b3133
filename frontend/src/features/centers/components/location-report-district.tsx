import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localizedName } from '@/lib/localized-name';
import type { LocationReportDistrict } from '../api/get-location-report';
import { CenterStatusBadge } from './center-status-badge';
import { OperatingPointModal } from './operating-point-modal';
import { OperatingPointText } from './operating-point-text';

type LocationReportDistrictProps = { district: LocationReportDistrict; canWrite: boolean };

export function LocationReportDistrictSection({ district, canWrite }: LocationReportDistrictProps) {
  const { t, i18n } = useTranslation('centers');
  const [editing, setEditing] = useState(false);
  const name = localizedName(district, i18n.language);
  const number = new Intl.NumberFormat(i18n.language);
  const coordinate = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 5 });
  const headingId = `district-${district.code}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {t('report.districtHeading', { name })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('report.districtSummary', {
                withCenter: number.format(district.totals.subdistrictsWithCenter),
                subdistricts: number.format(district.totals.subdistricts),
                centers: number.format(district.totals.centers),
              })}
            </Text>
          </div>
          <Stack gap={2} align="flex-end">
            <Text size="sm">
              <Text span fw={600}>
                {t('report.operatingPoint')}:
              </Text>{' '}
              <OperatingPointText point={district.operatingPoint} />
            </Text>
            {canWrite && (
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {t(district.operatingPoint ? 'report.changeOperatingPoint' : 'report.setOperatingPoint')}
              </Button>
            )}
          </Stack>
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table striped captionSide="top">
            <Table.Caption>{t('report.districtCaption', { name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('report.columns.subdistrict')}</Table.Th>
                <Table.Th scope="col">{t('report.columns.centers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {district.subdistricts.map((subdistrict) => (
                <Table.Tr key={subdistrict.code}>
                  <Table.Th scope="row" fw="normal" w="30%">
                    {localizedName(subdistrict, i18n.language)}
                  </Table.Th>
                  <Table.Td>
                    {subdistrict.hasCenter ? (
                      <List size="sm" listStyleType="none" spacing={4}>
                        {subdistrict.centers.map((center) => (
                          <List.Item key={center.id}>
                            <Group gap="xs">
                              <Anchor component={Link} to={`/centers/${center.id}`} size="sm">
                                {center.name}
                              </Anchor>
                              <CenterStatusBadge status={center.status} />
                              {center.operatingPoint && (
                                <Badge variant="outline" size="sm">
                                  {t('report.operatingPoint')}
                                </Badge>
                              )}
                            </Group>
                            <Text size="xs" c="dimmed">
                              {[
                                center.villageNo ? t('detail.villageNo', { no: center.villageNo }) : '',
                                center.villageName ?? '',
                                center.latitude != null && center.longitude != null
                                  ? `${coordinate.format(center.latitude)}, ${coordinate.format(center.longitude)}`
                                  : t('report.noCoordinates'),
                              ]
                                .filter(Boolean)
                                .join(' · ')}
                            </Text>
                          </List.Item>
                        ))}
                      </List>
                    ) : (
                      <Badge color="red" variant="filled">
                        {t('report.noCenter')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {canWrite && <OperatingPointModal district={district} opened={editing} onClose={() => setEditing(false)} />}
    </Paper>
  );
}
