import { localizedName } from '@/lib/localized-name';
import type { ComplianceRow } from '../api/get-compliance';
import type { CoverageRow } from '../api/get-coverage';

/** A row is an area (province or district) or a center. */
export function rowName(row: ComplianceRow | CoverageRow, lang: string): string {
  if (row.centerId) return row.centerName ?? row.centerId;
  return row.area ? localizedName(row.area, lang) || (row.area.code ?? '') : '';
}

export const rowKey = (row: ComplianceRow | CoverageRow) => row.centerId ?? row.area?.code ?? '';
