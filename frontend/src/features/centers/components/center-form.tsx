import { Alert, Button, Fieldset, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaSelects } from '@/features/geo/components/area-selects';
import { formatDate } from '@/lib/dates';
import { changeFields } from '@/lib/form';
import type { CenterField, CenterFormValues } from '../utils/center-form';

type CenterFormProps = {
  form: UseFormReturnType<CenterFormValues>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitting: boolean;
  /** On edit the sub-district is fixed and shown as text. */
  fixedPlace?: string;
  /** The exception-reason box: shown after a "taken" answer, or when the center already has one. */
  exception?: ReactNode;
  submitLabel: string;
};

export const fieldId = (field: CenterField) => `center-${field}`;

export function CenterForm({
  form,
  onSubmit,
  onCancel,
  submitting,
  fixedPlace,
  exception,
  submitLabel,
}: CenterFormProps) {
  const { t, i18n } = useTranslation('centers');
  const { values, errors } = form;
  const text = (field: CenterField) => ({ id: fieldId(field), ...form.getInputProps(field) });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Fieldset legend={t('form.sections.place')}>
          {fixedPlace ? (
            <Stack gap={2}>
              <Text>{fixedPlace}</Text>
              <Text size="xs" c="dimmed">
                {t('form.subdistrictFixed')}
              </Text>
            </Stack>
          ) : (
            <AreaSelects
              value={values}
              required
              emptyLabel={t('form.choose')}
              subdistrictId={fieldId('subdistrictCode')}
              subdistrictError={errors.subdistrictCode}
              onChange={(area) => changeFields(form, area)}
            />
          )}
        </Fieldset>
        <Fieldset legend={t('form.sections.details')}>
          <Stack gap="sm">
            <TextInput label={t('fields.name')} required {...text('name')} />
            <Group grow align="flex-start">
              <NumberInput
                id={fieldId('villageNo')}
                label={t('fields.villageNo')}
                min={1}
                max={200}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                value={values.villageNo}
                error={errors.villageNo}
                onChange={(value) => form.setFieldValue('villageNo', String(value))}
              />
              <TextInput label={t('fields.villageName')} {...text('villageName')} />
            </Group>
            <Textarea label={t('fields.address')} autosize minRows={2} {...text('address')} />
            <Group grow align="flex-start">
              <TextInput
                label={t('fields.establishedOn')}
                type="date"
                description={
                  values.establishedOn && !errors.establishedOn
                    ? t('form.beDate', { date: formatDate(values.establishedOn, i18n.language, { style: 'long' }) })
                    : undefined
                }
                {...text('establishedOn')}
              />
              <TextInput label={t('fields.phone')} type="tel" description={t('form.phoneHelp')} {...text('phone')} />
            </Group>
            <Textarea label={t('fields.notes')} autosize minRows={2} {...text('notes')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.gps')}>
          <Text size="sm" c="dimmed" mb="xs">
            {t('form.gpsHelp')}
          </Text>
          <Group grow align="flex-start">
            <TextInput label={t('fields.latitude')} inputMode="decimal" placeholder="18.2888" {...text('latitude')} />
            <TextInput label={t('fields.longitude')} inputMode="decimal" placeholder="99.4928" {...text('longitude')} />
          </Group>
        </Fieldset>
        {exception}
        {Object.values(errors).some(Boolean) && (
          <Alert color="red" variant="light" role="alert">
            {t('form.errorSummary')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
