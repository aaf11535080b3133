import type { TFunction } from 'i18next';
import type { Office } from '../api/get-office-contacts';

/** "สำนักงานพัฒนาชุมชนอำเภอเมืองลำปาง" in the reading language. */
export function officeName(t: TFunction, office: Pick<Office, 'level' | 'nameTh' | 'nameEn'>, lang: string): string {
  return t(`contacts.office.${office.level}`, { name: lang.startsWith('en') ? office.nameEn : office.nameTh });
}
