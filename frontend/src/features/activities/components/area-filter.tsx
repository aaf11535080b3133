import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getDistrictsQueryOptions } from '@/features/geo/api/get-districts';
import { getProvincesQueryOptions } from '@/features/geo/api/get-provinces';
import { getSubdistrictsQueryOptions } from '@/features/geo/api/get-subdistricts';
import { useMe } from '@/features/me/api/get-me';
import { localizedName } from '@/lib/localized-name';

export type AreaValue = { provinceCode: string; districtCode: string; subdistrictCode: string };

type Named = { code: string; nameTh: string; nameEn: string };

type AreaFilterProps = { value: AreaValue; onChange: (value: AreaValue) => void; emptyLabel: string };

/** The province and district the user's area fixes; a national user has neither. */
function useFixedArea() {
  const me = useMe();
  const area = me.data?.area;
  if (!area?.code || area.level === 'NATIONAL') return { loading: me.isPending };
  const own = { code: area.code, nameTh: area.nameTh, nameEn: area.nameEn };
  if (area.level === 'PROVINCE') return { province: own, loading: false };
  return { province: area.province ?? { code: area.code.slice(0, 2), nameTh: '', nameEn: '' }, district: own, loading: false };
}

/** Province → district → sub-district, offering only what the user's area allows. */
export function AreaFilter({ value, onChange, emptyLabel }: AreaFilterProps) {
  const { t, i18n } = useTranslation('activities');
  const fixed = useFixedArea();
  const provinceCode = fixed.province?.code ?? value.provinceCode;
  const districtCode = fixed.district?.code ?? value.districtCode;
  const provinces = useQuery({ ...getProvincesQueryOptions(), enabled: !fixed.loading && !fixed.province });
  const districts = useQuery({ ...getDistrictsQueryOptions(provinceCode), enabled: Boolean(provinceCode) && !fixed.district });
  const subdistricts = useQuery({ ...getSubdistrictsQueryOptions(districtCode), enabled: Boolean(districtCode) });

  const options = (items: Named[] | undefined, withEmpty: boolean) => [
    ...(withEmpty ? [{ value: '', label: emptyLabel }] : []),
    ...(items ?? []).map((item) => ({ value: item.code, label: localizedName(item, i18n.language) })),
  ];

  return (
    <>
      <NativeSelect
        label={t('fields.province')}
        value={provinceCode}
        disabled={Boolean(fixed.province)}
        data={fixed.province ? options([fixed.province], false) : options(provinces.data?.items, true)}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value, districtCode: '', subdistrictCode: '' })}
      />
      <NativeSelect
        label={t('fields.district')}
        value={districtCode}
        disabled={Boolean(fixed.district) || !provinceCode}
        data={fixed.district ? options([fixed.district], false) : options(districts.data?.items, true)}
        onChange={(event) => onChange({ provinceCode, districtCode: event.currentTarget.value, subdistrictCode: '' })}
      />
      <NativeSelect
        label={t('fields.subdistrict')}
        value={value.subdistrictCode}
        disabled={!districtCode}
        data={options(subdistricts.data?.items, true)}
        onChange={(event) => onChange({ provinceCode, districtCode, subdistrictCode: event.currentTarget.value })}
      />
    </>
  );
}
