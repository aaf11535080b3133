import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import { CenterSelect } from '@/components/center-select';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { AreaSelects } from '@/features/geo/components/area-selects';
import { useUserArea } from '@/features/me/hooks/use-user-area';
import { localizedName } from '@/lib/localized-name';
import type { MeetingLevel } from '../api/get-meetings';

type MeetingAreaFieldsProps = {
  level: MeetingLevel;
  areaCode: string;
  centerId: string;
  onChange: (changes: { areaCode?: string; centerId?: string }) => void;
  areaError?: ReactNode;
  centerError?: ReactNode;
  areaId: string;
  centerIdField: string;
};

/** Where the meeting is held, by level: a province, a district (through its province), or a center of the user's area. */
export function MeetingAreaFields({ level, areaCode, centerId, onChange, areaError, centerError, areaId, centerIdField }: MeetingAreaFieldsProps) {
  const { t, i18n } = useTranslation('meetings');
  const area = useUserArea();
  const provinces = useProvinces({ enabled: level === 'PROVINCE' && !area.province });

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
    return <CenterSelect id={centerIdField} value={centerId} error={centerError} onChange={(id) => onChange({ centerId: id })} />;
  }
  return null;
}
