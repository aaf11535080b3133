import { Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserArea, type AreaNames } from '@/features/me/hooks/use-user-area';
import { localizedName } from '@/lib/localized-name';
import { getDistrictsQueryOptions } from '../api/get-districts';
import { getProvincesQueryOptions } from '../api/get-provinces';
import { getSubdistrictsQueryOptions } from '../api/get-subdistricts';

export type AreaValue = { provinceCode: string; districtCode: string; subdistrictCode: string };

type AreaSelectsProps = {
  value: AreaValue;
  onChange: (value: AreaValue) => void;
  /** How deep the choice goes: a district (reports) or a sub-district (centers, activities). */
  depth?: 'district' | 'subdistrict';
  /** Text of the empty choice: "all" in filters, "choose" in forms. */
  emptyLabel: string;
  /** Fixes every level, e.g. a center's sub-district, which cannot change. */
  disabled?: boolean;
  required?: boolean;
  /** The error of the deepest select: the sub-district's, or the district's when `depth` is district. */
  subdistrictError?: ReactNode;
  /** Lets a form move focus to the select that needs attention (the deepest, as for the error). */
  subdistrictId?: string;
  /** The selects without their row, for a grid that places each one. */
  ungrouped?: boolean;
};

/**
 * Province → district → sub-district, offering only what the user's area allows: a provincial
 * officer's province and a district officer's district are fixed.
 */
export function AreaSelects({
  value,
  onChange,
  depth = 'subdistrict',
  emptyLabel,
  disabled,
  required,
  subdistrictError,
  subdistrictId,
  ungrouped = false,
}: AreaSelectsProps) {
  const { t, i18n } = useTranslation('geo');
  const area = useUserArea();
  const provinceCode = area.province?.code ?? value.provinceCode;
  const districtCode = area.district?.code ?? value.districtCode;

  const provinces = useQuery({ ...getProvincesQueryOptions(), enabled: !area.isLoading && !area.province });
  const districts = useQuery({ ...getDistrictsQueryOptions(provinceCode), enabled: Boolean(provinceCode) && !area.district });
  const subdistricts = useQuery({
    ...getSubdistrictsQueryOptions(districtCode),
    enabled: depth === 'subdistrict' && Boolean(districtCode),
  });

  const options = (items: AreaNames[] | undefined, empty: boolean) => [
    ...(empty ? [{ value: '', label: emptyLabel }] : []),
    ...(items ?? []).map((item) => ({ value: item.code, label: localizedName(item, i18n.language) })),
  ];

  const selects = (
    <>
      <NativeSelect
        label={t('area.province')}
        value={provinceCode}
        disabled={disabled || Boolean(area.province)}
        required={required}
        data={area.province ? options([area.province], false) : options(provinces.data?.items, true)}
        onChange={(event) => onChange({ provinceCode: event.currentTarget.value, districtCode: '', subdistrictCode: '' })}
      />
      <NativeSelect
        id={depth === 'district' ? subdistrictId : undefined}
        label={t('area.district')}
        value={districtCode}
        disabled={disabled || Boolean(area.district) || !provinceCode}
        required={required}
        error={depth === 'district' ? subdistrictError : undefined}
        data={area.district ? options([area.district], false) : options(districts.data?.items, true)}
        onChange={(event) => onChange({ provinceCode, districtCode: event.currentTarget.value, subdistrictCode: '' })}
      />
      {depth === 'subdistrict' && (
        <NativeSelect
          id={subdistrictId}
          label={t('area.subdistrict')}
          value={value.subdistrictCode}
          disabled={disabled || !districtCode}
          required={required}
          error={subdistrictError}
          data={options(subdistricts.data?.items, true)}
          onChange={(event) => onChange({ provinceCode, districtCode, subdistrictCode: event.currentTarget.value })}
        />
      )}
    </>
  );
  return ungrouped ? (
    selects
  ) : (
    <Group grow align="flex-start" gap="sm" wrap="wrap">
      {selects}
    </Group>
  );
}
