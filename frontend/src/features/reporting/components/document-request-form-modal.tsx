import { Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { FiscalYearSelect } from '../components/fiscal-year-select';
import { changeFields, focusFirstError, showFailure, validateWith } from '@/lib/form';
import { localizedName } from '@/lib/localized-name';
import { useChangeDocumentRequest } from '../api/change-document-request';
import { useCreateDocumentRequest } from '../api/create-document-request';
import type { DocumentRequest } from '../api/get-document-requests';
import { requestPath } from '../utils/document-paths';
import {
  emptyRequestForm,
  requestFields,
  requestFormToChange,
  requestFormToRequest,
  requestSchema,
  requestToForm,
  type RequestField,
  type RequestFormValues,
} from '../utils/document-request-form';

type RequestFormModalProps = {
  /** The request to change; absent to send a new one. */
  request?: DocumentRequest;
  fiscalYear: number;
  /** A provincial office asks only its own districts; '' for the department, which chooses. */
  provinceCode: string;
  opened: boolean;
  onClose: () => void;
};

/**
 * Sends a new document request (and opens it, to attach a template and follow the answers), or
 * changes the texts and due date of a sent one; who is asked never changes.
 */
export function RequestFormModal({ request, fiscalYear, provinceCode, opened, onClose }: RequestFormModalProps) {
  const { t } = useTranslation('documents');
  return (
    <Modal opened={opened} onClose={onClose} title={t(request ? 'form.editTitle' : 'form.title')} size="lg">
      {opened && <RequestForm request={request} fiscalYear={fiscalYear} provinceCode={provinceCode} onCancel={onClose} />}
    </Modal>
  );
}

const fieldId = (field: RequestField) => `document-request-${field}`;

type RequestFormProps = { request?: DocumentRequest; fiscalYear: number; provinceCode: string; onCancel: () => void };

function RequestForm({ request, fiscalYear, provinceCode, onCancel }: RequestFormProps) {
  const { t, i18n } = useTranslation('documents');
  const navigate = useNavigate();
  const department = provinceCode === '';
  const provinces = useProvinces({ enabled: department && !request });
  const create = useCreateDocumentRequest();
  const change = useChangeDocumentRequest();
  const form = useForm<RequestFormValues>({
    initialValues: request ? requestToForm(request) : emptyRequestForm(fiscalYear, provinceCode),
    validate: validateWith(requestSchema(t)),
  });
  const { values, errors } = form;
  const [problem, setProblem] = useState<unknown>();
  const set = (changes: Partial<RequestFormValues>) => changeFields(form, changes);

  function submit(event: FormEvent<HTMLFormElement>) {
    setProblem(undefined);
    form.onSubmit(save, (found) => focusFirstError(found, requestFields, fieldId))(event);
  }

  async function save(checked: RequestFormValues) {
    try {
      if (request) {
        await change.mutateAsync({ id: request.id, version: request.version, change: requestFormToChange(checked) });
        notifications.show({ color: 'green', message: t('form.changed') });
        onCancel();
        return;
      }
      const created = await create.mutateAsync(requestFormToRequest(checked));
      notifications.show({ color: 'green', message: t('form.sent') });
      void navigate(requestPath(created.id));
    } catch (failure) {
      showFailure(t, failure, { setErrors: form.setErrors, setProblem }, { fields: requestFields, fieldId });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {problem !== undefined && <ProblemAlert error={problem} />}
        {!request && (
          <FiscalYearSelect value={Number(values.fiscalYear)} onChange={(year) => set({ fiscalYear: String(year) })} />
        )}
        <TextInput
          id={fieldId('title')}
          label={t('form.subject')}
          required
          value={values.title}
          error={errors.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
        />
        <Textarea
          id={fieldId('instructions')}
          label={t('form.instructions')}
          description={t('form.instructionsHelp')}
          required
          autosize
          minRows={3}
          value={values.instructions}
          error={errors.instructions}
          onChange={(event) => set({ instructions: event.currentTarget.value })}
        />
        <TextInput
          id={fieldId('dueOn')}
          type="date"
          label={t('form.dueOn')}
          required
          value={values.dueOn}
          error={errors.dueOn}
          onChange={(event) => set({ dueOn: event.currentTarget.value })}
        />
        {request ? null : department ? (
          <Stack gap="xs">
            <Text size="sm" fw={500} id="document-request-target-label">
              {t('form.target')}
            </Text>
            <SegmentedControl
              aria-labelledby="document-request-target-label"
              value={values.targetLevel}
              data={[
                { value: 'DISTRICT', label: t('form.targetDistricts') },
                { value: 'PROVINCE', label: t('form.targetProvinces') },
              ]}
              onChange={(level) => set({ targetLevel: level as RequestFormValues['targetLevel'] })}
            />
            {values.targetLevel === 'DISTRICT' && (
              <NativeSelect
                id={fieldId('targetProvinceCode')}
                label={t('form.province')}
                value={values.targetProvinceCode}
                error={errors.targetProvinceCode}
                data={[
                  { value: '', label: t('form.allProvinces') },
                  ...(provinces.data?.items ?? []).map((p) => ({ value: p.code, label: localizedName(p, i18n.language) })),
                ]}
                onChange={(event) => set({ targetProvinceCode: event.currentTarget.value })}
              />
            )}
          </Stack>
        ) : (
          <Text size="sm">{t('form.target')}: {t('form.targetDistricts')}</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || change.isPending}>
            {t(request ? 'form.save' : 'form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
