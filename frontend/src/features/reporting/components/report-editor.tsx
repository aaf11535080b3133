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
import type { DistrictNarrative } from '../api/get-province-report';
import { textContext, type ReportActions, type ReviewedReport } from '../api/report-actions';
import {
  appendQuote,
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
import { NarrativeQuotes } from './narrative-quotes';

/** The saved report an edit started from: its narrative and the version for If-Match. */
type Base = { exists: boolean; version: number; narrative: NarrativeValues };

const baseOf = (report: ReviewedReport): Base => ({
  exists: report.state !== undefined,
  version: report.version,
  narrative: reportToNarrative(report),
});

const fieldId = (field: NarrativeField) => `report-${field}`;

/** The narrative as text, for whoever may not (or may no longer) change it. */
export function NarrativeView({ report }: { report: ReviewedReport }) {
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

type NarrativeEditorProps<R extends ReviewedReport> = {
  report: R;
  actions: ReportActions<R>;
  /** The districts' submitted narratives a province may quote from. */
  quotes?: DistrictNarrative[];
};

/**
 * The narrative (the four parts of enclosure 2) of a district's or a province's report, saved as a
 * draft and submitted. A save carries the version it started from; when someone saved first (412)
 * the user sees what differs.
 */
export function NarrativeEditor<R extends ReviewedReport>({ report, actions, quotes = [] }: NarrativeEditorProps<R>) {
  const { t } = useTranslation('reporting');
  const context = textContext(actions.level);
  const queryClient = useQueryClient();
  const { write, submit } = actions;
  const form = useForm<NarrativeValues>({
    initialValues: reportToNarrative(report),
    validate: validateWith(narrativeSchema(t)),
  });
  const { values, setValues } = form;
  const [problem, setProblem] = useState<unknown>();
  const edit = useEditConflict({
    saved: report,
    // Read past the cache, so the page keeps showing what this edit started from.
    load: () => actions.load(),
    toForm: reportToNarrative,
    differences: narrativeDifferences,
    reapply: reapplyNarrative,
    form,
    setProblem,
    ns: 'reporting',
    onResolved: (theirs) => queryClient.setQueryData(actions.queryKey, theirs),
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
      const saved = await write.run({
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
      await submit.run({
        version: base.exists ? base.version : undefined,
        narrative: dirty || !base.exists ? narrativeToRequest(values) : undefined,
      });
      notifications.show({ color: 'green', message: t('editor.submitted', { context }) });
    } catch (failure) {
      await handleFailure(failure);
    }
  }

  async function handleFailure(failure: unknown) {
    if (await edit.catchStale(failure)) return;
    if (isProblem(failure, 'reporting.report.state')) {
      // Submitted or reviewed meanwhile: show the report as it now is.
      void queryClient.invalidateQueries({ queryKey: actions.queryKey });
    }
    showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: narrativeFields, fieldId });
  }

  const busy = write.isPending || submit.isPending;

  /** Appends a district's text to the same part, naming the district, and lets the user go on typing. */
  function quote(field: NarrativeField, quoted: string) {
    form.setFieldValue(field, appendQuote(form.getValues()[field], quoted));
    document.getElementById(fieldId(field))?.focus();
  }

  return (
    <Stack>
      {problem !== undefined && <ProblemAlert error={problem} />}
      {narrativeFields.map((field) => (
        <Textarea
          key={field}
          id={fieldId(field)}
          label={t(`narrative.${field}`)}
          description={t(`narrative.help.${field}`, { context })}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps(field)}
        />
      ))}
      {quotes.length > 0 && <NarrativeQuotes narratives={quotes} onQuote={quote} />}
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
          <Text size="sm">{t('editor.confirm.body', { context })}</Text>
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

type ReportNarrativeProps<R extends ReviewedReport> = NarrativeEditorProps<R> & { canPrepare: boolean };

/** The narrative part of the report page: the editor while its author may change it, else the text. */
export function ReportNarrative<R extends ReviewedReport>({ report, actions, quotes, canPrepare }: ReportNarrativeProps<R>) {
  const { t } = useTranslation('reporting');
  const editable = canPrepare && report.state !== 'SUBMITTED' && report.state !== 'ACCEPTED';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="narrative-heading">
      <Title order={3} size="h4" id="narrative-heading" mb="sm">
        {t('narrative.heading')}
      </Title>
      {editable ? <NarrativeEditor report={report} actions={actions} quotes={quotes} /> : <NarrativeView report={report} />}
    </Paper>
  );
}
