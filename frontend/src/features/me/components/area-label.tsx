import { useTranslation } from 'react-i18next';
import { localizedName } from '@/lib/localized-name';
import type { Area } from '../api/get-me';

/** The user's area as a reader says it: "อำเภอเมืองลำปาง จังหวัดลำปาง", "Nationwide". */
export function AreaLabel({ area }: { area?: Area }) {
  const { t, i18n } = useTranslation();
  const name = area ? localizedName(area, i18n.language) : '';
  if (!area || area.level === 'NATIONAL' || !name) return <>{t('area.national')}</>;
  if (area.level === 'PROVINCE') return <>{t('area.province', { name })}</>;
  const province = area.province ? localizedName(area.province, i18n.language) : '';
  return <>{province ? t('area.district', { name, province }) : name}</>;
}
