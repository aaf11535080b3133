import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, languages, type Language } from '@/i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.resolvedLanguage}
      onChange={(value) => void changeLanguage(value as Language)}
      data={languages.map((lang) => ({
        value: lang,
        // Each option names its language in that language, so it is found by those who read it.
        label: <span lang={lang}>{t(`language.${lang}`)}</span>,
      }))}
    />
  );
}
