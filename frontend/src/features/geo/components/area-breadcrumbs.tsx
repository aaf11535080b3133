import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/features/me/api/get-me';
import { localizedName } from '@/lib/localized-name';
import { getProvinceQueryOptions } from '../api/get-province';
import { GeoBreadcrumbs, type Crumb } from './geo-breadcrumbs';

type AreaBreadcrumbsProps = {
  /** The user's own area: the top they may go back up to. */
  own: Area;
  /** The area shown: the whole country (no code), a province or a district. */
  current: { code?: string; nameTh: string; nameEn: string };
  linkTo: (areaCode: string) => string;
  /** The name of the whole country as the page calls it. */
  nationLabel: string;
  /** Shows nothing when the user's own area is the only crumb, as the page's heading names it. */
  hideAlone?: boolean;
};

/** Nation › province › district, from the user's own area down to the one shown. */
export function AreaBreadcrumbs({ own, current, linkTo, nationLabel, hideAlone = false }: AreaBreadcrumbsProps) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const ownCode = own.level === 'NATIONAL' ? '' : (own.code ?? '');
  const currentCode = current.code ?? '';
  const provinceCode = currentCode.slice(0, 2);
  // A district's province is named by the geography API, unless it is the user's own province.
  const needsProvince = currentCode.length === 4 && ownCode.length < 2;
  const province = useQuery({ ...getProvinceQueryOptions(provinceCode), enabled: needsProvince });

  const nameOf = (code: string): string => {
    if (code === '') return nationLabel;
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
  return hideAlone && crumbs.length < 2 ? null : <GeoBreadcrumbs crumbs={crumbs} />;
}
