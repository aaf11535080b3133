import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictModal } from '@/components/conflict-modal';
import { ProblemAlert } from '@/components/problem-alert';
import { focusFirstError, showFailure, validateWith } from '@/lib/form';
import { isProblem } from '@/lib/problem';
import { useEditConflict } from '@/lib/use-edit-conflict';
import { getDistrictReport, type DistrictReport } from '../api/get-district-report';
import { districtReportKeys } from '../api/query-keys';
import { useSubmitDistrictReport } from '../api/submit-district-report';
import { useWriteDistrictReport } from '../api/write-district-report';
import {
  isNarrativeChanged,
  narrativeDifferences,
  narrativeFields,
  narrativeSchema,
  narrativeToRequest,
  reapplyNarrative,
  reportToNarrative,
  type NarrativeField,
  type NarrativeValues,
} from '../utils/narrative';

/** The saved report an edit started from: its narrative and the version for If-Match. */
type Base = { exists: boolean; version: number; narrative: NarrativeValues };

const baseOf = (report: DistrictReport): Base => ({
  exists: report.state !== undefined,
  version: report.version,
  narrative: reportToNarrative(report),
});

const fieldId = (field: NarrativeField) => `report-${field}`;

/** The narrative as text, for whoever may not (or may no longer) change it. */
export function NarrativeView({ report }: { report: DistrictReport }) {
  const { t } = useTranslation('reporting');
  const values = reportToNarrative(report);
  return (
    <Stack gap="md">
      {narrativeFields.map((field) => (
        <section key={field} aria-labelledby={`${fieldId(field)}-heading`}>
          <Title order={4} size="h5" id={`${fieldId(field)}-heading`}>
            {t(`narrative.${field}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={values[field] ? undefined : 'dimmed'}>
            {values[field] || t('narrative.empty')}
          </Text>
        </section>
      ))}
    </Stack>
  );
}

/**
 * The district's narrative (the four parts of enclosure 2), saved as a draft and submitted. A save
 * carries the version it started from; when someone saved first (412) the user sees what differs.
 */
export function NarrativeEditor({ report }: { report: DistrictReport }) {
  const { t } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const write = useWriteDistrictReport();
  const submit = useSubmitDistrictReport();
  const form = useForm<NarrativeValues>({
    initialValues: reportToNarrative(report),
    validate: validateWith(narrativeSchema(t)),
  });
  const { values, setValues } = form;
  const [problem, setProblem] = useState<unknown>();
  const target = { deadlineId: report.deadline.id, districtCode: report.districtCode };
  const edit = useEditConflict({
    saved: report,
    // Read past the cache, so the page keeps showing what this edit started from.
    load: () => getDistrictReport(target.deadlineId, target.districtCode),
    toForm: reportToNarrative,
    differences: narrativeDifferences,
    reapply: reapplyNarrative,
    form,
    setProblem,
    ns: 'reporting',
    onResolved: (theirs) => queryClient.setQueryData(districtReportKeys.detail(target.deadlineId, target.districtCode), theirs),
  });
  const base = baseOf(edit.base ?? report);
  const [confirming, setConfirming] = useState(false);
  const dirty = isNarrativeChanged(base.narrative, values);

  /** Before sending: clears the last problem, shows what the checks found and says whether to send. */
  const validate = () => {
    setProblem(undefined);
    const { hasErrors, errors } = form.validate();
    focusFirstError(errors, narrativeFields, fieldId);
    return !hasErrors;
  };

  async function save() {
    if (!validate()) return;
    try {
      const saved = await write.mutateAsync({
        ...target,
        version: base.exists ? base.version : undefined,
        narrative: narrativeToRequest(values),
      });
      edit.setBase(saved);
      setValues(reportToNarrative(saved));
      notifications.show({ color: 'green', message: t('editor.saved') });
    } catch (failure) {
      await handleFailure(failure);
    }
  }

  async function confirmSubmit() {
    setConfirming(false);
    if (!validate()) return;
    try {
      await submit.mutateAsync({
        ...target,
        version: base.exists ? base.version : undefined,
        narrative: dirty || !base.exists ? narrativeToRequest(values) : undefined,
      });
      notifications.show({ color: 'green', message: t('editor.submitted') });
    } catch (failure) {
      await handleFailure(failure);
    }
  }

  async function handleFailure(failure: unknown) {
    if (await edit.catchStale(failure)) return;
    if (isProblem(failure, 'reporting.report.state')) {
      // Submitted or reviewed meanwhile: show the report as it now is.
      void queryClient.invalidateQueries({ queryKey: districtReportKeys.detail(target.deadlineId, target.districtCode) });
    }
    showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: narrativeFields, fieldId });
  }

  const busy = write.isPending || submit.isPending;

  return (
    <Stack>
      {problem !== undefined && <ProblemAlert error={problem} />}
      {narrativeFields.map((field) => (
        <Textarea
          key={field}
          id={fieldId(field)}
          label={t(`narrative.${field}`)}
          description={t(`narrative.help.${field}`)}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps(field)}
        />
      ))}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {dirty ? t('editor.unsaved') : base.exists ? t('editor.allSaved') : t('editor.notStarted')}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={() => void save()} loading={write.isPending} disabled={submit.isPending}>
            {t('editor.save')}
          </Button>
          <Button onClick={() => setConfirming(true)} disabled={busy} loading={submit.isPending}>
            {t('editor.submit')}
          </Button>
        </Group>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('editor.confirm.title')}>
        <Stack>
          <Text size="sm">{t('editor.confirm.body')}</Text>
          {dirty && (
            <Alert color="blue" variant="light">
              {t('editor.confirm.unsaved')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={() => void confirmSubmit()}>{t('editor.confirm.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
      {edit.dialog && (
        <ConflictModal
          ns="reporting"
          fieldLabel={(field) => t(`narrative.${field}`)}
          emptyText={t('conflict.empty')}
          multiline
          {...edit.dialog}
        />
      )}
    </Stack>
  );
}

/** The narrative part of the report page: the editor while the district may change it, else the text. */
export function ReportNarrative({ report, canPrepare }: { report: DistrictReport; canPrepare: boolean }) {
  const { t } = useTranslation('reporting');
  const editable = canPrepare && report.state !== 'SUBMITTED' && report.state !== 'ACCEPTED';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="narrative-heading">
      <Title order={3} size="h4" id="narrative-heading" mb="sm">
        {t('narrative.heading')}
      </Title>
      {editable ? <NarrativeEditor report={report} /> : <NarrativeView report={report} />}
    </Paper>
  );
}
