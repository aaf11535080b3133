import { Alert, Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { localizedName } from '@/lib/localized-name';
import { ProblemError, isProblem, translateFieldError } from '@/lib/problem';
import type { LocationReportDistrict } from '../api/get-location-report';
import { useOperatingPoint, type OperatingPoint } from '../api/get-operating-point';
import { useSetOperatingPoint } from '../api/set-operating-point';

type OperatingPointModalProps = { district: LocationReportDistrict; opened: boolean; onClose: () => void };

export function OperatingPointModal({ district, opened, onClose }: OperatingPointModalProps) {
  const { t, i18n } = useTranslation('centers');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('operatingPoint.title', { name: localizedName(district, i18n.language) })}
      size="lg"
    >
      {opened && <OperatingPointLoader district={district} onDone={onClose} />}
    </Modal>
  );
}

function OperatingPointLoader({ district, onDone }: { district: LocationReportDistrict; onDone: () => void }) {
  // The current point is read fresh: replacing it needs its version.
  const point = useOperatingPoint(district.code);
  if (point.isError) return <ProblemAlert error={point.error} onRetry={() => void point.refetch()} />;
  if (point.isPending) return <Loading />;
  return <OperatingPointForm district={district} current={point.data} onDone={onDone} />;
}

type FormProps = { district: LocationReportDistrict; current: OperatingPoint | null; onDone: () => void };

function OperatingPointForm({ district, current, onDone }: FormProps) {
  const { t } = useTranslation('centers');
  const save = useSetOperatingPoint();
  const centers = district.subdistricts.flatMap((s) => s.centers.filter((c) => c.status !== 'CLOSED'));
  const [kind, setKind] = useState<'center' | 'address'>(current?.address && !current.centerId ? 'address' : 'center');
  const [centerId, setCenterId] = useState(current?.centerId ?? '');
  const [address, setAddress] = useState(current?.address ?? '');
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const chosen = kind === 'center' ? centerId : address.trim();
    if (!chosen) {
      setError(t(kind === 'center' ? 'operatingPoint.chooseCenter' : 'operatingPoint.addressRequired'));
      document.getElementById('operating-point-input')?.focus();
      return;
    }
    try {
      await save.mutateAsync({
        districtCode: district.code,
        version: current?.version,
        request: kind === 'center' ? { centerId } : { address: address.trim() },
      });
      notifications.show({ color: 'green', message: t('operatingPoint.saved') });
      onDone();
    } catch (failure) {
      const fieldError = failure instanceof ProblemError ? failure.errors[0] : undefined;
      if (fieldError) setError(translateFieldError(t, fieldError));
    }
  }

  const failure = save.error;
  const fieldLevel = failure instanceof ProblemError && failure.errors.length > 0;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        {failure && isProblem(failure, 'version.stale') && (
          <Alert color="orange" title={t('conflict.title')}>
            {t('operatingPoint.conflict')}
          </Alert>
        )}
        {failure && !fieldLevel && !isProblem(failure, 'version.stale') && <ProblemAlert error={failure} />}
        <SegmentedControl
          aria-label={t('operatingPoint.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value as 'center' | 'address');
            setError(undefined);
          }}
          data={[
            { value: 'center', label: t('operatingPoint.kindCenter') },
            { value: 'address', label: t('operatingPoint.kindAddress') },
          ]}
        />
        {kind === 'center' ? (
          centers.length > 0 ? (
            <NativeSelect
              id="operating-point-input"
              label={t('operatingPoint.center')}
              required
              value={centerId}
              error={error}
              data={[{ value: '', label: t('form.choose') }, ...centers.map((c) => ({ value: c.id, label: c.name }))]}
              onChange={(event) => {
                setCenterId(event.currentTarget.value);
                setError(undefined);
              }}
            />
          ) : (
            <Text c="dimmed">{t('operatingPoint.noCenters')}</Text>
          )
        ) : (
          <Textarea
            id="operating-point-input"
            label={t('operatingPoint.address')}
            required
            autosize
            minRows={2}
            value={address}
            error={error}
            onChange={(event) => {
              setAddress(event.currentTarget.value);
              setError(undefined);
            }}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
