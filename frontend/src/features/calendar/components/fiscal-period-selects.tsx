import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFiscalYears } from '../api/get-fiscal-years';

export type FiscalPeriod = { fiscalYear: string; quarter: string };

type FiscalPeriodSelectsProps = {
  value: FiscalPeriod;
  onChange: (value: FiscalPeriod) => void;
  /** Text of the empty year choice ("all years" in a filter); without it a year must be chosen. */
  anyYearLabel?: string;
  /** Text of the empty quarter choice: "all quarters" or "the whole year". */
  anyQuarterLabel: string;
};

const QUARTERS = ['1', '2', '3', '4'] as const;

/** Fiscal year (Buddhist era) and quarter, from the years the department has set up. */
export function FiscalPeriodSelects({ value, onChange, anyYearLabel, anyQuarterLabel }: FiscalPeriodSelectsProps) {
  const { t } = useTranslation();
  const years = useFiscalYears();
  const known = years.data?.map((year) => String(year.year)) ?? [];
  // A year in the URL stays selectable while the list loads, or if it is not set up.
  const choices = value.fiscalYear && !known.includes(value.fiscalYear) ? [...known, value.fiscalYear] : known;
  const yearOptions = [...choices]
    .sort((a, b) => Number(b) - Number(a))
    .map((year) => ({ value: year, label: t('fiscal.yearOption', { year }) }));

  return (
    <>
      <NativeSelect
        label={t('fiscal.year')}
        value={value.fiscalYear}
        data={anyYearLabel ? [{ value: '', label: anyYearLabel }, ...yearOptions] : yearOptions}
        onChange={(event) => onChange({ fiscalYear: event.currentTarget.value, quarter: value.quarter })}
      />
      <NativeSelect
        label={t('fiscal.quarter')}
        value={value.quarter}
        disabled={!value.fiscalYear}
        data={[
          { value: '', label: anyQuarterLabel },
          ...QUARTERS.map((quarter) => ({ value: quarter, label: t('fiscal.quarterOption', { quarter }) })),
        ]}
        onChange={(event) => onChange({ fiscalYear: value.fiscalYear, quarter: event.currentTarget.value })}
      />
    </>
  );
}
