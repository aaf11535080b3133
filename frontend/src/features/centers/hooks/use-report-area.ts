import { useUrlParams } from '@/lib/search-params';
import type { AreaValue } from '@/features/geo/components/area-selects';

/** The report's area in the URL (?areaCode=52 or 5201); empty means the user's whole area. */
export function useReportArea() {
  const [params, update] = useUrlParams();
  const raw = params.get('areaCode') ?? '';
  const areaCode = /^\d{2}(\d{2})?$/.test(raw) ? raw : '';
  const value: AreaValue = {
    provinceCode: areaCode.slice(0, 2),
    districtCode: areaCode.length === 4 ? areaCode : '',
    subdistrictCode: '',
  };
  const setArea = (area: AreaValue) => update({ areaCode: area.districtCode || area.provinceCode });
  return { areaCode, value, setArea };
}
