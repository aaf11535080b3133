import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/500.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '@/i18n/i18n';
import { setAccessTokenProvider } from '@/lib/api-client';
import { loadAppConfig } from './auth/app-config';
import { getAccessToken, startAuth } from './auth/keycloak';
import { SignInUnavailableError } from './auth/sign-in-server';
import { AppProvider } from './provider';
import { AppRouter } from './router';
import { StartupProblem } from './startup-problem';

initI18n();
const root = createRoot(document.getElementById('root')!);

async function start() {
  try {
    const config = await loadAppConfig();
    await startAuth(config);
    setAccessTokenProvider(getAccessToken);
    root.render(
      <StrictMode>
        <AppProvider config={config}>
          <AppRouter />
        </AppProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error('Startup failed', error);
    root.render(
      <AppProvider>
        <StartupProblem reason={error instanceof SignInUnavailableError ? 'signInUnavailable' : 'startupFailed'} />
      </AppProvider>,
    );
  }
}

void start();
