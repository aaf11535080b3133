import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getProvinceQueryOptions } from '@/features/geo/api/get-province';
import { GeoBreadcrumbs, type Crumb } from '@/features/geo/components/geo-breadcrumbs';
import type { Area } from '@/features/me/api/get-me';
import { localizedName } from '@/lib/localized-name';
import type { SectorCoverage } from '../api/get-sector-coverage';

type CoverageBreadcrumbsProps = {
  /** The user's own area: the top they may go back up to. */
  own: Area;
  /** The area shown. */
  current: SectorCoverage['area'];
  linkTo: (areaCode: string) => string;
};

/** Nation › province › district, from the user's own area down to the one shown. */
export function CoverageBreadcrumbs({ own, current, linkTo }: CoverageBreadcrumbsProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = i18n.language;
  const ownCode = own.level === 'NATIONAL' ? '' : (own.code ?? '');
  const currentCode = current.code ?? '';
  const provinceCode = currentCode.slice(0, 2);
  // A district's province is named by the geography API, unless it is the user's own province.
  const needsProvince = currentCode.length === 4 && ownCode.length < 2;
  const province = useQuery({ ...getProvinceQueryOptions(provinceCode), enabled: needsProvince });

  const nameOf = (code: string): string => {
    if (code === '') return t('coverage.nation');
    if (code === currentCode) return localizedName(current, lang);
    if (code === ownCode) return localizedName(own, lang);
    return province.data ? localizedName(province.data, lang) : code;
  };

  const codes = ['', provinceCode, currentCode.length === 4 ? currentCode : '']
    .filter((code, index) => index === 0 || code !== '')
    .filter((code) => code.length >= ownCode.length && code.length <= currentCode.length);
  const crumbs: Crumb[] = codes.map((code) => ({
    label: nameOf(code),
    to: code === currentCode ? undefined : linkTo(code === ownCode ? '' : code),
  }));
  return <GeoBreadcrumbs crumbs={crumbs} />;
}
