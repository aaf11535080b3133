import { Alert, Anchor, Button, Group, Modal, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useProvinces } from '@/features/geo/api/get-provinces';
import { ProblemError, isProblem, translateFieldError } from '@/lib/problem';
import { useOfficeContacts, type Office } from '../api/get-office-contacts';
import { officeContactKeys } from '../api/query-keys';
import { useSetOfficeContact } from '../api/set-office-contact';
import { useReportingParams } from '../hooks/use-fiscal-year-param';
import { useReportingAccess } from '../hooks/use-reporting-access';
import { officeName } from '../utils/office';

/** Bangkok has no centers, so no office of the program. */
const BANGKOK = '10';

/**
 * The office e-mails reminders go to (/reports/contacts?provinceCode=): every provincial and district
 * office in the user's area, which they may set; the offices without one get no reminder and are
 * named at the top.
 */
export function ContactsRoute() {
  const { t, i18n } = useTranslation('reporting');
  const lang = i18n.language;
  const access = useReportingAccess();
  const { fiscalYear, params, update } = useReportingParams();
  const national = access.level === 'NATIONAL';
  const provinceCode = national ? (params.get('provinceCode') ?? '') : '';
  const provinces = useProvinces({ enabled: national && access.canKeepContacts });
  const offices = useOfficeContacts(provinceCode, { enabled: access.canKeepContacts });
  const [editing, setEditing] = useState<Office | null>(null);

  if (access.isLoading) return <Loading />;

  const missing = offices.data?.filter((office) => !office.email) ?? [];

  return (
    <Stack>
      <Anchor component={Link} to={`/reports/deadlines?fiscalYear=${fiscalYear}`} size="sm">
        {t('deadlines.heading')}
      </Anchor>
      <Title order={2}>{t('contacts.heading')}</Title>
      <Text size="sm" c="dimmed">
        {t('contacts.help')}
      </Text>
      {national && (
        <Paper withBorder p="md" component="section" role="search" aria-label={t('contacts.province')}>
          <NativeSelect
            label={t('contacts.province')}
            value={provinceCode}
            w={280}
            data={[
              { value: '', label: t('contacts.allProvinces') },
              ...(provinces.data?.items ?? [])
                .filter((p) => p.code !== BANGKOK)
                .map((p) => ({ value: p.code, label: lang.startsWith('en') ? p.nameEn : p.nameTh })),
            ]}
            onChange={(event) => update({ provinceCode: event.currentTarget.value })}
          />
        </Paper>
      )}
      {offices.isPending && <Loading />}
      {offices.isError && <ProblemAlert error={offices.error} onRetry={() => void offices.refetch()} />}
      {offices.data &&
        (missing.length > 0 ? (
          <Alert color="orange" variant="light" title={t('contacts.missingTitle')}>
            {t('contacts.missingBody', {
              count: missing.length,
              names: missing.map((office) => officeName(t, office, lang)).join(', '),
            })}
          </Alert>
        ) : (
          <Alert color="green" variant="light">
            {t('contacts.allSet')}
          </Alert>
        ))}
      {offices.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped captionSide="top">
            <Table.Caption>{t('contacts.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('contacts.columns.office')}</Table.Th>
                <Table.Th scope="col">{t('contacts.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('contacts.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {offices.data.map((office) => {
                const name = officeName(t, office, lang);
                return (
                  <Table.Tr key={office.areaCode}>
                    <Table.Th scope="row" fw={office.level === 'PROVINCE' ? 600 : 400}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      {office.email ?? (
                        <Text size="sm" c="orange.8" span>
                          {t('contacts.none')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t(office.email ? 'contacts.editFor' : 'contacts.addFor', { name })}
                        onClick={() => setEditing(office)}
                      >
                        {office.email ? t('actions.edit') : t('contacts.add')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <Modal opened onClose={() => setEditing(null)} title={officeName(t, editing, lang)}>
          <OfficeEmailForm
            // The latest version of the row, so a retry after a conflict carries the current ETag.
            office={offices.data?.find((o) => o.areaCode === editing.areaCode) ?? editing}
            onDone={() => setEditing(null)}
          />
        </Modal>
      )}
    </Stack>
  );
}

function OfficeEmailForm({ office, onDone }: { office: Office; onDone: () => void }) {
  const { t } = useTranslation('reporting');
  const queryClient = useQueryClient();
  const save = useSetOfficeContact();
  const [email, setEmail] = useState(office.email ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) {
      setError(t('contacts.required'));
      return;
    }
    try {
      await save.mutateAsync({ areaCode: office.areaCode, version: office.version, email: email.trim() });
      notifications.show({ color: 'green', message: t('contacts.saved') });
      onDone();
    } catch (failure) {
      if (isProblem(failure, 'version.stale')) void queryClient.invalidateQueries({ queryKey: officeContactKeys.all() });
      const fieldError = failure instanceof ProblemError ? failure.errors.find((e) => e.field?.endsWith('email')) : undefined;
      if (fieldError) setError(translateFieldError(t, fieldError));
    }
  }

  const failure = save.error;
  const showProblem = failure && !(failure instanceof ProblemError && failure.errors.some((e) => e.field?.endsWith('email')));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {showProblem &&
          (isProblem(failure, 'version.stale') ? (
            <Alert color="orange" variant="light">
              {t('contacts.stale')}
            </Alert>
          ) : (
            <ProblemAlert error={failure} />
          ))}
        <TextInput
          type="email"
          label={t('contacts.email')}
          required
          value={email}
          error={error}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setError(undefined);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
