import { Alert, Autocomplete, Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/dates';
import { sectors, type Sector } from '../api/get-partners';
import { kindSuggestions } from '../utils/kind-suggestions';
import type { PartnerField, PartnerFormValues } from '../utils/partner-form';
import { AreaSelects } from './area-selects';

type PartnerFormProps = {
  values: PartnerFormValues;
  /** The form's errors by field, as @mantine/form keeps them. */
  errors: FormErrors;
  onChange: (changes: Partial<PartnerFormValues>) => void;
  onSubmit: () => void;
  onCancel: () => void;
  submitting: boolean;
  /** Shown under the name while typing: partners the name may duplicate. */
  similarNotice?: ReactNode;
  /** Shown above the buttons after the server pointed out a possible duplicate. */
  duplicateNotice?: ReactNode;
  /** On edit the partner can be marked inactive. */
  editing: boolean;
};

export const fieldId = (field: PartnerField) => `partner-${field}`;

const allKinds = [...new Set(Object.values(kindSuggestions).flat())];

export function PartnerForm({
  values,
  errors,
  onChange,
  onSubmit,
  onCancel,
  submitting,
  similarNotice,
  duplicateNotice,
  editing,
}: PartnerFormProps) {
  const { t, i18n } = useTranslation('partners');
  const error = (field: PartnerField) => errors[field];
  const text = (field: Exclude<PartnerField, 'sector' | 'active'>) => ({
    id: fieldId(field),
    value: values[field],
    error: error(field),
    onChange: (event: { currentTarget: { value: string } }) => onChange({ [field]: event.currentTarget.value }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Fieldset legend={t('form.sections.organisation')}>
          <Stack gap="sm">
            <div>
              <TextInput label={t('fields.name')} required {...text('name')} />
              {similarNotice}
            </div>
            <Group grow align="flex-start">
              <NativeSelect
                id={fieldId('sector')}
                label={t('fields.sector')}
                description={t('form.sectorHelp')}
                required
                value={values.sector}
                error={error('sector')}
                data={[
                  { value: '', label: t('form.choose') },
                  ...sectors.map((sector) => ({ value: sector, label: t(`sector.${sector}`) })),
                ]}
                onChange={(event) => onChange({ sector: event.currentTarget.value as Sector | '' })}
              />
              <Autocomplete
                id={fieldId('kind')}
                label={t('fields.kind')}
                description={t('form.kindHelp')}
                data={values.sector ? [...kindSuggestions[values.sector]] : allKinds}
                value={values.kind}
                error={error('kind')}
                onChange={(kind) => onChange({ kind })}
              />
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.area')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('form.areaHelp')}
            </Text>
            <AreaSelects
              id={fieldId('areaCode')}
              value={values.areaCode}
              required
              anyProvinceLabel={t('form.choose')}
              anyDistrictLabel={t('form.wholeProvince')}
              error={error('areaCode')}
              onChange={(areaCode) => onChange({ areaCode })}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('form.sections.contact')}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('form.pdpa')}
            </Text>
            <Group grow align="flex-start">
              <TextInput label={t('fields.contactPerson')} {...text('contactPerson')} />
              <TextInput label={t('fields.contactPhone')} type="tel" {...text('contactPhone')} />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('fields.mouOn')}
                type="date"
                description={
                  values.mouOn && !errors.mouOn
                    ? t('form.beDate', { date: formatDate(values.mouOn, i18n.language, { style: 'long' }) })
                    : undefined
                }
                {...text('mouOn')}
              />
              {editing ? (
                <Checkbox
                  id={fieldId('active')}
                  mt="xl"
                  label={t('form.active')}
                  description={t('form.activeHelp')}
                  checked={values.active === 'true'}
                  onChange={(event) => onChange({ active: event.currentTarget.checked ? 'true' : 'false' })}
                />
              ) : (
                <div />
              )}
            </Group>
          </Stack>
        </Fieldset>
        {duplicateNotice}
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
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
