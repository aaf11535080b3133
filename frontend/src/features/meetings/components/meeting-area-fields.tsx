import { NativeSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { AreaSelects } from '@/features/geo/components/area-selects';
import { useUserArea } from '@/features/me/hooks/use-user-area';
import { localizedName } from '@/lib/localized-name';
import { useFindCenters } from '../api/find-centers';
import type { MeetingLevel } from '../api/get-meetings';

type MeetingAreaFieldsProps = {
  level: MeetingLevel;
  areaCode: string;
  centerId: string;
  /** The center's name as saved, shown before any search. */
  centerName?: string;
  onChange: (changes: { areaCode?: string; centerId?: string }) => void;
  areaError?: ReactNode;
  centerError?: ReactNode;
  areaId: string;
  centerIdField: string;
};

/** Where the meeting is held, by level: a province, a district (through province), or a center found by name. */
export function MeetingAreaFields({ level, areaCode, centerId, centerName, onChange, areaError, centerError, areaId, centerIdField }: MeetingAreaFieldsProps) {
  const { t, i18n } = useTranslation('meetings');
  const area = useUserArea();
  const provinces = useProvinces({ enabled: level === 'PROVINCE' && !area.province });
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 300);
  const centers = useFindCenters(typed, level === 'CENTER');

  if (level === 'PROVINCE') {
    const choices = area.province ? [area.province] : (provinces.data?.items ?? []);
    return (
      <NativeSelect
        id={areaId}
        label={t('form.province')}
        required
        disabled={Boolean(area.province)}
        value={area.province?.code ?? areaCode}
        error={areaError}
        data={[{ value: '', label: '–' }, ...choices.map((p) => ({ value: p.code, label: localizedName(p, i18n.language) }))]}
        onChange={(event) => onChange({ areaCode: event.currentTarget.value })}
      />
    );
  }
  if (level === 'DISTRICT') {
    return (
      <AreaSelects
        depth="district"
        required
        emptyLabel="–"
        value={{ provinceCode: areaCode.slice(0, 2), districtCode: areaCode.length === 4 ? areaCode : '', subdistrictCode: '' }}
        subdistrictId={areaId}
        subdistrictError={areaError}
        onChange={(value) => onChange({ areaCode: value.districtCode || value.provinceCode })}
      />
    );
  }
  if (level === 'CENTER') {
    const found = (centers.data ?? []).map((c) => ({
      value: c.id,
      label: `${c.name} (${localizedName(c.subdistrict, i18n.language)})`,
    }));
    const data = centerId && centerName && !found.some((c) => c.value === centerId) ? [{ value: centerId, label: centerName }, ...found] : found;
    return (
      <Select
        id={centerIdField}
        label={t('form.center')}
        placeholder={t('form.centerSearch')}
        required
        searchable
        data={data}
        value={centerId || null}
        error={centerError}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage="–"
        onChange={(value) => onChange({ centerId: value ?? '' })}
      />
    );
  }
  return null;
}
