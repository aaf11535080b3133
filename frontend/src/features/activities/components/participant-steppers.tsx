import { ActionIcon, Fieldset, NumberInput, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '@/lib/numbers';
import { MAX_PARTICIPANTS, participantGroups, type ParticipantGroup } from '../utils/activity-form';

type ParticipantSteppersProps = {
  values: Record<ParticipantGroup, string>;
  errors: Partial<Record<ParticipantGroup, ReactNode>>;
  onChange: (group: ParticipantGroup, value: string) => void;
  fieldId: (group: ParticipantGroup) => string;
  total: number;
};

const STEP_SIZE = 48;

/** One count per target group, with − and + big enough for a thumb, and the keyboard for larger numbers. */
export function ParticipantSteppers({ values, errors, onChange, fieldId, total }: ParticipantSteppersProps) {
  const { t, i18n } = useTranslation('activities');
  const step = (group: ParticipantGroup, by: number) => {
    const current = Number(values[group]) || 0;
    onChange(group, String(Math.min(Math.max(current + by, 0), MAX_PARTICIPANTS)));
  };

  return (
    <Fieldset legend={t('fields.participants')}>
      <Stack gap="sm">
        {participantGroups.map((group) => {
          const label = t(`fields.${group}`);
          return (
            <NumberInput
              key={group}
              id={fieldId(group)}
              label={label}
              size="lg"
              inputMode="numeric"
              min={0}
              max={MAX_PARTICIPANTS}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              hideControls
              styles={{ input: { textAlign: 'center' } }}
              value={values[group]}
              error={errors[group]}
              onChange={(value) => onChange(group, String(value))}
              leftSectionWidth={STEP_SIZE + 8}
              rightSectionWidth={STEP_SIZE + 8}
              leftSectionPointerEvents="all"
              rightSectionPointerEvents="all"
              leftSection={
                <ActionIcon
                  size={STEP_SIZE}
                  variant="light"
                  aria-label={t('form.decrease', { group: label })}
                  disabled={(Number(values[group]) || 0) <= 0}
                  onClick={() => step(group, -1)}
                >
                  <span aria-hidden="true">−</span>
                </ActionIcon>
              }
              rightSection={
                <ActionIcon
                  size={STEP_SIZE}
                  variant="light"
                  aria-label={t('form.increase', { group: label })}
                  onClick={() => step(group, 1)}
                >
                  <span aria-hidden="true">+</span>
                </ActionIcon>
              }
            />
          );
        })}
        <Text fw={600} role="status">
          {t('form.participantsTotal', { total: formatCount(total, i18n.language) })}
        </Text>
      </Stack>
    </Fieldset>
  );
}
