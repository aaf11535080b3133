import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A value under its small, dimmed label, as a record's page lists its facts; line breaks kept. */
export function LabelledText({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{children}</Text>
    </Stack>
  );
}
