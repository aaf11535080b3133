import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateProblem } from '@/lib/problem';

type ExcelButtonProps<T> = { download: UseMutationResult<void, Error, T>; input: T; label: string };

/** Downloads a workbook; a failure is told in a notification, as the page around it stays valid. */
export function ExcelButton<T>({ download, input, label }: ExcelButtonProps<T>) {
  const { t } = useTranslation('reporting');
  return (
    <Button
      variant="default"
      loading={download.isPending}
      onClick={() =>
        download.mutate(input, {
          onError: (failure) => notifications.show({ color: 'red', message: translateProblem(t, failure) }),
        })
      }
    >
      {label}
    </Button>
  );
}
