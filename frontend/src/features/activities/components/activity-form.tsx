import { Alert, Autocomplete, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryOf, nationalDaySuggestions, type ActivityCategory, type ActivityType } from '@/config/activity-types';
import { fiscalQuarterOf, formatDate, todayInBangkok } from '@/lib/dates';
import {
  activityFields,
  participantGroups,
  participantTotal,
  type ActivityField,
  type ActivityFormValues,
  type ParticipantGroup,
} from '../utils/activity-form';
import { CenterSelect } from '@/components/center-select';
import { MoreDetails, moreFields } from './more-details';
import { ParticipantSteppers } from './participant-steppers';
import { TypePicker } from './type-picker';

type ActivityFormProps = {
  values: ActivityFormValues;
  /** The form's errors by field, as @mantine/form keeps them. */
  errors: FormErrors;
  onChange: (changes: Partial<ActivityFormValues>) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel?: () => void;
  submitting: boolean;
  submitLabel: string;
  /** On edit the center is fixed and shown as text. */
  fixedCenter?: string;
  /** The photo section of a new activity. */
  photos?: ReactNode;
  /** A problem the fields cannot show, placed just above the save button. */
  problem?: ReactNode;
};

export const fieldId = (field: ActivityField) => `activity-${field}`;

/** Where focus goes after a failed check or save: after the render that shows the message (and unfolds a folded section). */
export const activityFocus = { fields: activityFields, fieldId, later: true };

/**
 * One column, large targets and the save button always in reach, for recording an activity on a
 * phone held in one hand. Less urgent details fold away.
 */
export function ActivityForm(props: ActivityFormProps) {
  const { values, errors, onChange, onSubmit, onCancel, submitting, submitLabel, fixedCenter, photos, problem } = props;
  const { t, i18n } = useTranslation('activities');
  const lang = i18n.language;
  const [moreOpened, setMoreOpened] = useState(() => moreFields.some((field) => values[field].trim() !== ''));
  const error = (field: ActivityField) => errors[field];
  const today = todayInBangkok();

  const typeLabel = (type: ActivityType | '') => (type ? t(`activityType.${type}`, { ns: 'common' }) : '');
  // The title starts as the activity's name; once someone writes their own, it is left alone.
  const withTitle = (type: ActivityType | ''): Partial<ActivityFormValues> =>
    !values.title.trim() || values.title === typeLabel(values.type) ? { type, title: typeLabel(type) } : { type };

  const chooseCategory = (category: ActivityCategory) => {
    if (values.type && categoryOf(values.type) === category) onChange({ category });
    else onChange({ category, ...withTitle('') });
  };

  // A folded field with an error unfolds, so its message is seen and it can take focus.
  // It is an effect, not derived, so the user can still fold them again.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above: opens once per new set of errors
    if (moreFields.some((field) => errors[field])) setMoreOpened(true);
  }, [errors]);

  const quarter = fiscalQuarterOf(values.heldOn);
  const dateHelp =
    values.heldOn && !errors.heldOn && quarter
      ? t('form.beDate', {
          date: formatDate(values.heldOn, lang, { style: 'long' }),
          quarter: t('fiscal.quarterLabel', { ns: 'common', ...quarter, year: quarter.fiscalYear }),
        })
      : undefined;

  const participantErrors = Object.fromEntries(participantGroups.map((g) => [g, error(g)])) as Partial<
    Record<ParticipantGroup, ReactNode>
  >;

  return (
    <form onSubmit={onSubmit} noValidate style={{ maxWidth: 640 }}>
      <Stack gap="lg">
        {fixedCenter ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {t('fields.center')}
            </Text>
            <Text>{fixedCenter}</Text>
            <Text size="xs" c="dimmed">
              {t('form.centerFixed')}
            </Text>
          </Stack>
        ) : (
          <CenterSelect
            id={fieldId('centerId')}
            value={values.centerId}
            error={error('centerId')}
            emptyText={t('form.noCenters')}
            onChange={(centerId) => onChange({ centerId })}
          />
        )}

        <Stack gap="xs">
          <TextInput
            id={fieldId('heldOn')}
            type="date"
            size="lg"
            label={t('fields.heldOn')}
            required
            max={today}
            value={values.heldOn}
            description={dateHelp}
            error={error('heldOn')}
            onChange={(event) => onChange({ heldOn: event.currentTarget.value })}
          />
          <Group gap="xs" grow>
            <Button variant="default" size="md" onClick={() => onChange({ heldOn: today })}>
              {t('form.today')}
            </Button>
            <Button variant="default" size="md" onClick={() => onChange({ heldOn: todayInBangkok(-1) })}>
              {t('form.yesterday')}
            </Button>
          </Group>
        </Stack>

        <TypePicker
          category={values.category}
          type={values.type}
          onCategoryChange={chooseCategory}
          onTypeChange={(type) => onChange(withTitle(type))}
          categoryError={error('category')}
          typeError={error('type')}
          categoryId={fieldId('category')}
          typeId={fieldId('type')}
        />

        {values.category === 'NATIONAL_DAY' && (
          <Autocomplete
            id={fieldId('nationalDay')}
            size="lg"
            label={t('fields.nationalDay')}
            description={t('form.nationalDayHelp')}
            required
            data={[...nationalDaySuggestions]}
            value={values.nationalDay}
            error={error('nationalDay')}
            onChange={(nationalDay) => onChange({ nationalDay })}
          />
        )}

        <TextInput
          id={fieldId('title')}
          size="lg"
          label={t('fields.title')}
          description={t('form.titleHelp')}
          required
          value={values.title}
          error={error('title')}
          onChange={(event) => onChange({ title: event.currentTarget.value })}
        />

        <ParticipantSteppers
          values={values}
          errors={participantErrors}
          fieldId={fieldId}
          total={participantTotal(values)}
          onChange={(group, value) => onChange({ [group]: value })}
        />

        {photos}

        <MoreDetails
          values={values}
          error={error}
          onChange={onChange}
          fieldId={fieldId}
          opened={moreOpened}
          onToggle={() => setMoreOpened((open) => !open)}
        />

        {Object.values(errors).some(Boolean) && (
          <Alert color="red" variant="light" role="alert">
            {t('form.errorSummary')}
          </Alert>
        )}
        {problem}

        <Paper
          withBorder
          shadow="md"
          p="sm"
          radius={0}
          style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
        >
          <Group gap="xs" grow wrap="nowrap">
            {onCancel && (
              <Button variant="default" size="lg" onClick={onCancel}>
                {t('form.cancel')}
              </Button>
            )}
            <Button type="submit" size="lg" loading={submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Paper>
      </Stack>
    </form>
  );
}
