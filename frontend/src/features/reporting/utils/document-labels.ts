import type { TFunction } from 'i18next';
import { localizedName } from '@/lib/localized-name';
import type { DocumentRequest } from '../api/get-document-requests';
import { submittedOf } from './standings';

/** Who sent the request: the department, or a provincial office. */
export function requesterName(t: TFunction, request: DocumentRequest, lang: string): string {
  return request.owner ? t('from.province', { name: localizedName(request.owner, lang) }) : t('from.department');
}

/** Who the request asks: every province, every district, or the districts of one province. */
export function targetName(t: TFunction, request: DocumentRequest, lang: string): string {
  if (request.targetLevel === 'PROVINCE') return t('to.PROVINCE');
  return request.targetProvince
    ? t('to.districtsOf', { name: localizedName(request.targetProvince, lang) })
    : t('to.allDistricts');
}

/** How many of the offices in the caller's area have submitted (returned and accepted ones included). */
export function submittedCount(request: DocumentRequest): number {
  return submittedOf(request.standings);
}
