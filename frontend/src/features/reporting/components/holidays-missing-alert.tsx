import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYears } from '../utils/holiday-years';

/** Deadlines fall in years the holiday table does not cover: the department should add those holidays. */
export function HolidaysMissingAlert({ years }: { years: readonly number[] }) {
  const { t, i18n } = useTranslation('reporting');
  if (years.length === 0) return null;
  const list = formatYears(years, i18n.language);
  return (
    <Alert color="orange" variant="light" title={t('deadlines.holidaysMissing.title', { years: list })}>
      {t('deadlines.holidaysMissing.body', { years: list })}
    </Alert>
  );
}
