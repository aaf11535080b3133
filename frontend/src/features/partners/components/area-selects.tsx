import { Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getDistrictsQueryOptions } from '@/features/geo/api/get-districts';
import { getProvincesQueryOptions } from '@/features/geo/api/get-provinces';
import { useUserArea, type AreaNames } from '@/features/me/hooks/use-user-area';
import { localizedName } from '@/lib/localized-name';

type AreaSelectsProps = {
  /** A province (2 digits), a district (4 digits) or empty. */
  value: string;
  onChange: (areaCode: string) => void;
  /** Text of the empty province choice: "all" in filters, "choose" in forms. */
  anyProvinceLabel: string;
  /** Text of the empty district choice: "all districts" or "the whole province". */
  anyDistrictLabel: string;
  required?: boolean;
  error?: ReactNode;
  /** Lets a form move focus to the select that needs attention. */
  id?: string;
};

/**
 * Province → district, offering only what the user's area allows: a provincial officer's province
 * and a district officer's district are fixed. A partner may work in a whole province, so the
 * district may stay empty.
 */
export function AreaSelects({
  value,
  onChange,
  anyProvinceLabel,
  anyDistrictLabel,
  required,
  error,
  id,
}: AreaSelectsProps) {
  const { t, i18n } = useTranslation('partners');
  const area = useUserArea();
  const provinceCode = area.province?.code ?? value.slice(0, 2);
  const districtCode = area.district?.code ?? (value.length === 4 ? value : '');

  const provinces = useQuery({ ...getProvincesQueryOptions(), enabled: !area.isLoading && !area.province });
  const districts = useQuery({
    ...getDistrictsQueryOptions(provinceCode),
    enabled: Boolean(provinceCode) && !area.district,
  });

  const options = (items: AreaNames[] | undefined, empty?: string) => [
    ...(empty ? [{ value: '', label: empty }] : []),
    ...(items ?? []).map((item) => ({ value: item.code, label: localizedName(item, i18n.language) })),
  ];

  return (
    <Group grow align="flex-start" gap="sm" wrap="wrap">
      <NativeSelect
        id={id}
        label={t('fields.province')}
        value={provinceCode}
        disabled={Boolean(area.province)}
        required={required}
        error={districtCode || area.district ? undefined : error}
        data={area.province ? options([area.province]) : options(provinces.data?.items, anyProvinceLabel)}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <NativeSelect
        label={t('fields.district')}
        value={districtCode}
        disabled={Boolean(area.district) || !provinceCode}
        error={districtCode || area.district ? error : undefined}
        data={area.district ? options([area.district]) : options(districts.data?.items, anyDistrictLabel)}
        onChange={(event) => onChange(event.currentTarget.value || provinceCode)}
      />
    </Group>
  );
}
