import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFiscalYears } from '../api/get-fiscal-years';

type FiscalYearChoiceProps = {
  /** The year chosen (Buddhist era), or '' for "any year" when `anyYearLabel` is given. */
  value: string;
  onChange: (fiscalYear: string) => void;
  /** Text of an empty choice; without it a year must be chosen. */
  anyYearLabel?: string;
};

/**
 * The fiscal years the department has set up, newest first; a year in the URL stays selectable
 * while they load, or if it is not set up.
 */
export function FiscalYearChoice({ value, onChange, anyYearLabel }: FiscalYearChoiceProps) {
  const { t } = useTranslation();
  const years = useFiscalYears();
  const known = (years.data ?? []).map((year) => String(year.year));
  const choices = value && !known.includes(value) ? [value, ...known] : known;
  const options = [...choices].sort((a, b) => Number(b) - Number(a)).map((year) => ({ value: year, label: t('fiscal.yearOption', { year }) }));
  return (
    <NativeSelect
      label={t('fiscal.year')}
      w={200}
      value={value}
      data={anyYearLabel ? [{ value: '', label: anyYearLabel }, ...options] : options}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
