import { useSearchParams } from 'react-router';
import type { AreaValue } from '../components/area-selects';

/** The report's area in the URL (?areaCode=52 or 5201); empty means the user's whole area. */
export function useReportArea() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('areaCode') ?? '';
  const areaCode = /^\d{2}(\d{2})?$/.test(raw) ? raw : '';
  const value: AreaValue = {
    provinceCode: areaCode.slice(0, 2),
    districtCode: areaCode.length === 4 ? areaCode : '',
    subdistrictCode: '',
  };
  const setArea = (area: AreaValue) => {
    const code = area.districtCode || area.provinceCode;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (code) next.set('areaCode', code);
        else next.delete('areaCode');
        return next;
      },
      { replace: true },
    );
  };
  return { areaCode, value, setArea, params, setParams };
}
