import { Button, Collapse, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentPosition } from '@/lib/use-current-position';
import type { ActivityField, ActivityFormValues } from '../utils/activity-form';

type MoreDetailsProps = {
  values: ActivityFormValues;
  error: (field: ActivityField) => ReactNode;
  onChange: (changes: Partial<ActivityFormValues>) => void;
  fieldId: (field: ActivityField) => string;
  opened: boolean;
  onToggle: () => void;
};

export const moreFields: readonly ActivityField[] = [
  'description',
  'outcomes',
  'budgetBaht',
  'budgetSource',
  'latitude',
  'longitude',
];

/** What can wait until after the activity: hidden at first, so the quick capture stays short. */
export function MoreDetails({ values, error, onChange, fieldId, opened, onToggle }: MoreDetailsProps) {
  const { t } = useTranslation('activities');
  const position = useCurrentPosition();
  const locating = position.locating;
  const gpsFailed = position.failed;
  const text = (field: ActivityField) => ({
    id: fieldId(field),
    size: 'md' as const,
    value: values[field],
    error: error(field),
    onChange: (event: { currentTarget: { value: string } }) => onChange({ [field]: event.currentTarget.value }),
  });

  const locate = () => position.locate((point) => onChange(point));

  return (
    <Stack gap="xs">
      <Button
        variant="subtle"
        size="md"
        justify="space-between"
        fullWidth
        aria-expanded={opened}
        aria-controls="activity-more"
        onClick={onToggle}
        h="auto"
        py="xs"
        styles={{ label: { whiteSpace: 'normal', textAlign: 'start', lineHeight: 1.5 } }}
        rightSection={<span aria-hidden="true">{opened ? '▲' : '▼'}</span>}
      >
        {t('form.more')} ({t('form.moreHelp')})
      </Button>
      <Collapse expanded={opened} id="activity-more">
        <Stack gap="sm">
          <Textarea label={t('fields.description')} autosize minRows={3} {...text('description')} />
          <Textarea label={t('fields.outcomes')} autosize minRows={2} {...text('outcomes')} />
          <TextInput label={t('fields.budgetBaht')} inputMode="decimal" placeholder="3500.00" {...text('budgetBaht')} />
          <TextInput label={t('fields.budgetSource')} {...text('budgetSource')} />
          <Group grow align="flex-start">
            <TextInput label={t('fields.latitude')} inputMode="decimal" placeholder="18.2888" {...text('latitude')} />
            <TextInput label={t('fields.longitude')} inputMode="decimal" placeholder="99.4928" {...text('longitude')} />
          </Group>
          {position.supported && (
            <Button variant="light" size="md" loading={locating} onClick={locate}>
              {t('form.gps')}
            </Button>
          )}
          {gpsFailed && (
            <Text size="sm" c="red" role="alert">
              {t('form.gpsFailed')}
            </Text>
          )}
        </Stack>
      </Collapse>
    </Stack>
  );
}
