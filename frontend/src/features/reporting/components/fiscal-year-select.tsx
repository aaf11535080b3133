import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFiscalYears } from '@/features/calendar/api/get-fiscal-years';

type FiscalYearSelectProps = { value: number; onChange: (year: number) => void };

/** The fiscal years the department has set up, newest first (Buddhist era). */
export function FiscalYearSelect({ value, onChange }: FiscalYearSelectProps) {
  const { t } = useTranslation('reporting');
  const years = useFiscalYears();
  const known = years.data?.map((year) => year.year) ?? [];
  const choices = known.includes(value) ? known : [...known, value];
  return (
    <NativeSelect
      label={t('filters.fiscalYear')}
      value={String(value)}
      data={[...choices]
        .sort((a, b) => b - a)
        .map((year) => ({ value: String(year), label: t('filters.fiscalYearOption', { year }) }))}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      w={200}
    />
  );
}
