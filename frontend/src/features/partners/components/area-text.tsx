import { useTranslation } from 'react-i18next';
import { localizedName } from '@/lib/localized-name';
import type { Partner } from '../api/get-partners';

/** Where a partner works: "อ.เมืองลำปาง" for a district, "จ.ลำปาง" for a whole province. */
export function AreaText({ partner }: { partner: Pick<Partner, 'area' | 'areaCode'> }) {
  const { t, i18n } = useTranslation('partners');
  const name = partner.area ? localizedName(partner.area, i18n.language) : partner.areaCode;
  return <>{t(partner.areaCode.length === 4 ? 'area.district' : 'area.province', { name })}</>;
}
