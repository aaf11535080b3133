import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizedName } from '@/lib/localized-name';
import type { DistrictNarrative } from '../api/get-province-report';
import { narrativeFields, type NarrativeField } from '../utils/narrative';

type NarrativeQuotesProps = {
  narratives: DistrictNarrative[];
  /** `quoted` is the district's text prefixed with its name, in Thai. */
  onQuote: (field: NarrativeField, quoted: string) => void;
};

/**
 * The districts' submitted narratives beside the province's editor: one click puts a part into the
 * same part of the province's report, after the district's name. The quoted text goes into an
 * official Thai document, so its prefix is Thai whatever language the screen uses.
 */
export function NarrativeQuotes({ narratives, onQuote }: NarrativeQuotesProps) {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const thai = i18n.getFixedT('th', 'reporting');

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="quotes-heading" bg="var(--mantine-color-gray-light)">
      <Title order={4} size="h5" id="quotes-heading">
        {t('quotes.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('quotes.help')}
      </Text>
      <Stack gap="md">
        {narratives.map((narrative) => {
          const district = localizedName(narrative.district, lang);
          const parts = narrativeFields.filter((field) => narrative[field]?.trim());
          return (
            <section key={narrative.district.code} aria-label={t('quotes.district', { district })}>
              <Text fw={700}>{t('quotes.district', { district })}</Text>
              {parts.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('quotes.empty')}
                </Text>
              )}
              <Stack gap={6}>
                {parts.map((field) => {
                  const text = narrative[field]?.trim() ?? '';
                  return (
                    <Group key={field} gap="sm" align="flex-start" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() => onQuote(field, thai('quotes.text', { district: narrative.district.nameTh, text }))}
                        aria-label={t('quotes.quoteFor', { part: t(`narrative.${field}`), district })}
                      >
                        {t('quotes.quote')}
                      </Button>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        <Text span fw={500}>
                          {t(`narrative.${field}`)}:
                        </Text>{' '}
                        {text}
                      </Text>
                    </Group>
                  );
                })}
              </Stack>
            </section>
          );
        })}
      </Stack>
    </Paper>
  );
}
