import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AppConfigProvider, type AppConfig } from '@/lib/app-config';
import { createQueryClient } from '@/lib/react-query';

const font = 'Sarabun, "Noto Sans Thai", Tahoma, sans-serif';

export const theme = createTheme({
  fontFamily: font,
  headings: { fontFamily: font },
  primaryColor: 'indigo',
});

/** `config` is absent only on the start-up problem page, which shows no form. */
type AppProviderProps = { children: ReactNode; queryClient?: QueryClient; config?: AppConfig };

export function AppProvider({ children, queryClient, config }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider theme={theme}>
      <Notifications />
      <AppConfigProvider config={config}>
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      </AppConfigProvider>
    </MantineProvider>
  );
}
