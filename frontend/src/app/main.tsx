import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/500.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './print.css';
import { Alert, Container } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@/i18n/i18n';
import { setAccessTokenProvider } from '@/lib/api-client';
import { loadAppConfig } from './auth/app-config';
import { getAccessToken, startAuth } from './auth/keycloak';
import { AppProvider } from './provider';
import { AppRouter } from './router';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);

async function start() {
  try {
    await startAuth(await loadAppConfig());
    setAccessTokenProvider(getAccessToken);
    root.render(
      <StrictMode>
        <AppProvider>
          <AppRouter />
        </AppProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error('Startup failed', error);
    root.render(
      <AppProvider>
        <Container py="xl">
          <Alert color="red" title={i18n.t('app.name')}>
            {i18n.t('app.startupFailed')}
          </Alert>
        </Container>
      </AppProvider>,
    );
  }
}

void start();
