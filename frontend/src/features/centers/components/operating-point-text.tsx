import { useTranslation } from 'react-i18next';
import type { LocationReportDistrict } from '../api/get-location-report';

/** The district's operating point in words, or that none is set. */
export function operatingPointText(
  t: (key: string, options?: Record<string, unknown>) => string,
  point: LocationReportDistrict['operatingPoint'],
): string {
  if (!point || (!point.centerId && !point.address)) return t('report.operatingPointNotSet');
  if (point.centerId) return t('report.operatingPointCenter', { name: point.centerName ?? point.centerId });
  return point.address ?? '';
}

export function OperatingPointText({ point }: { point: LocationReportDistrict['operatingPoint'] }) {
  const { t } = useTranslation('centers');
  return <>{operatingPointText(t, point)}</>;
}
