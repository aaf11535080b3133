import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';

type ListSectionProps<T> = {
  /** The heading's id; the section is named by its heading. */
  headingId: string;
  heading: string;
  result: UseQueryResult<T[]>;
  /** Said when the list is empty. */
  emptyText: string;
  /** The add button, for those who may add. */
  add?: { label: string; onClick: () => void };
  /** The items, when there are any. */
  children: (items: T[]) => ReactNode;
};

/** A titled part of a record's page listing what belongs to it, such as a center's members. */
export function ListSection<T>({ headingId, heading, result, emptyText, add, children }: ListSectionProps<T>) {
  return (
    <Stack component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={3} size="h4" id={headingId}>
          {heading}
        </Title>
        {add && (
          <Button size="xs" onClick={add.onClick}>
            {add.label}
          </Button>
        )}
      </Group>
      {result.isPending && <Loading />}
      {result.isError && <ProblemAlert error={result.error} onRetry={() => void result.refetch()} />}
      {result.data && result.data.length === 0 && <Text c="dimmed">{emptyText}</Text>}
      {result.data && result.data.length > 0 && children(result.data)}
    </Stack>
  );
}
