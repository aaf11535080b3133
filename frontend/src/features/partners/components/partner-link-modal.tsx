import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { StaleAlert } from '@/components/stale-alert';
import { useCurrentFiscalQuarter } from '@/features/calendar/api/get-fiscal-quarter';
import { useFiscalYears } from '@/features/calendar/api/get-fiscal-years';
import { formatDate } from '@/lib/dates';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { ProblemError, isProblem } from '@/lib/problem';
import { useCreatePartnerLink } from '../api/create-partner-link';
import { getCenterPartnerLinksQueryOptions } from '../api/get-center-partner-links';
import type { PartnerLink } from '../api/get-partner-links';
import { supportKinds, type SupportKind } from '../api/get-partners';
import { useUpdatePartnerLink } from '../api/update-partner-link';
import {
  emptyLinkForm,
  linkFields,
  linkFormToRequest,
  linkSchema,
  linkToForm,
  type LinkField,
  type LinkFormValues,
} from '../utils/link-form';
import { PartnerSelect } from './partner-select';
import { SectorBadge } from './sector-badge';

type PartnerLinkModalProps = {
  centerId: string;
  /** The link to edit; absent to add one. */
  link?: PartnerLink;
  opened: boolean;
  onClose: () => void;
};

// The center's page shows a Leaflet map, whose controls sit at z-index 1000: the dialog and the
// partner dropdown in it stay above them.
const MODAL_Z_INDEX = 1100;
const DROPDOWN_Z_INDEX = MODAL_Z_INDEX + 1;

export function PartnerLinkModal({ centerId, link, opened, onClose }: PartnerLinkModalProps) {
  const { t } = useTranslation('partners');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(link ? 'links.form.editTitle' : 'links.form.addTitle')}
      size="lg"
      zIndex={MODAL_Z_INDEX}
    >
      {/* Keyed so each opening starts from the link's saved values. */}
      {opened && <LinkForm key={link?.id ?? 'new'} centerId={centerId} link={link} onDone={onClose} />}
    </Modal>
  );
}

const fieldId = (field: LinkField) => `link-${field}`;

function LinkForm({ centerId, link, onDone }: { centerId: string; link?: PartnerLink; onDone: () => void }) {
  const { t, i18n } = useTranslation('partners');
  const queryClient = useQueryClient();
  const create = useCreatePartnerLink();
  const update = useUpdatePartnerLink();
  const years = useFiscalYears();
  const current = useCurrentFiscalQuarter();
  const [base, setBase] = useState(link);
  const form = useForm<LinkFormValues>({
    initialValues: link ? linkToForm(link) : emptyLinkForm,
    validate: validateWith(linkSchema(t)),
  });
  const { values, errors, setValues } = form;
  const [problem, setProblem] = useState<unknown>();
  const [stale, setStale] = useState(false);

  // A new link is for the current fiscal year unless the user picks another.
  const currentYear = current.data?.fiscalYear;
  useEffect(() => {
    if (!link && currentYear) setValues((v) => (v.fiscalYear ? {} : { fiscalYear: String(currentYear) }));
  }, [link, currentYear, setValues]);

  const set = (changes: Partial<LinkFormValues>) => changeFields(form, changes);
  const error = (field: LinkField) => errors[field];

  const setSupports = (supports: SupportKind[]) =>
    // Without BUDGET support there is no amount to send.
    set(supports.includes('BUDGET') ? { supports } : { supports, budgetBaht: '' });

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, linkFields, fieldId))(event);
  }

  async function save(checked: LinkFormValues) {
    const request = linkFormToRequest(checked);
    try {
      if (base) await update.mutateAsync({ id: base.id, version: base.version, request });
      else await create.mutateAsync({ centerId, request });
      notifications.show({ color: 'green', message: t('links.form.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale') && base) {
        setStale(true);
        return;
      }
      if (isProblem(failure, 'partner.link.exists')) {
        const exists = { partnerId: t('links.form.errors.exists') };
        form.setErrors(exists);
        focusFirstError(exists, linkFields, fieldId);
        return;
      }
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: linkFields, fieldId });
    }
  }

  async function loadLatest() {
    if (!base) return;
    try {
      const links = await queryClient.fetchQuery({ ...getCenterPartnerLinksQueryOptions(centerId), staleTime: 0 });
      const latest = links.find((l) => l.id === base.id);
      if (!latest) throw new ProblemError(404, { code: 'partner.link.not-found' });
      setBase(latest);
      setValues(linkToForm(latest));
      form.clearErrors();
      setStale(false);
    } catch (failure) {
      setProblem(failure);
    }
  }

  const known = (years.data ?? []).map((year) => String(year.year));
  const yearChoices = [...new Set([...known, ...(currentYear ? [String(currentYear)] : []), values.fiscalYear])]
    .filter(Boolean)
    .sort((a, b) => Number(b) - Number(a));
  const pending = create.isPending || update.isPending;
  const beDate = (value: string) =>
    value && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? t('form.beDate', { date: formatDate(value, i18n.language, { style: 'long' }) })
      : undefined;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {stale && <StaleAlert ns="partners" message={t('links.form.conflict')} onReload={() => void loadLatest()} />}
        {problem !== undefined && <ProblemAlert error={problem} />}
        {base ? (
          // A link keeps its partner and fiscal year; another year is another link.
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('links.fields.partner')}
            </Text>
            <Group gap="xs">
              <Text>{base.partnerName}</Text>
              <SectorBadge sector={base.sector} />
            </Group>
            <Text size="sm">{t('links.form.yearFixed', { year: base.fiscalYear })}</Text>
          </Stack>
        ) : (
          <>
            <PartnerSelect
              id={fieldId('partnerId')}
              dropdownZIndex={DROPDOWN_Z_INDEX}
              label={t('links.fields.partner')}
              required
              value={values.partnerId}
              error={error('partnerId')}
              description={
                <>
                  {t('links.form.partnerHelp')}{' '}
                  <Anchor component={Link} to="/partners/new" target="_blank" rel="noopener" size="xs">
                    {t('links.form.newPartner')}
                  </Anchor>
                </>
              }
              onChange={(partnerId) => set({ partnerId })}
            />
            <NativeSelect
              id={fieldId('fiscalYear')}
              label={t('links.fields.fiscalYear')}
              required
              value={values.fiscalYear}
              error={error('fiscalYear')}
              data={[
                ...(values.fiscalYear ? [] : [{ value: '', label: t('form.choose') }]),
                ...yearChoices.map((year) => ({ value: year, label: t('links.form.yearOption', { year }) })),
              ]}
              onChange={(event) => set({ fiscalYear: event.currentTarget.value })}
            />
          </>
        )}
        <Checkbox.Group
          id={fieldId('supports')}
          label={t('links.fields.supports')}
          description={t('links.form.supportsHelp')}
          required
          value={values.supports}
          error={error('supports')}
          onChange={(next) => setSupports(next as SupportKind[])}
        >
          <Group gap="md" mt="xs">
            {supportKinds.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`support.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        {values.supports.includes('BUDGET') && (
          <NumberInput
            id={fieldId('budgetBaht')}
            label={t('links.fields.budgetBaht')}
            description={t('links.form.budgetHelp')}
            min={0}
            decimalScale={2}
            allowNegative={false}
            thousandSeparator=","
            clampBehavior="none"
            value={values.budgetBaht}
            error={error('budgetBaht')}
            onChange={(value) => set({ budgetBaht: String(value) })}
          />
        )}
        <Group grow align="flex-start">
          <TextInput
            id={fieldId('startsOn')}
            label={t('links.fields.startsOn')}
            type="date"
            value={values.startsOn}
            error={error('startsOn')}
            description={beDate(values.startsOn)}
            onChange={(event) => set({ startsOn: event.currentTarget.value })}
          />
          <TextInput
            id={fieldId('endsOn')}
            label={t('links.fields.endsOn')}
            type="date"
            value={values.endsOn}
            error={error('endsOn')}
            description={beDate(values.endsOn)}
            onChange={(event) => set({ endsOn: event.currentTarget.value })}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
