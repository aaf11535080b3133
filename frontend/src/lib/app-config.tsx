import { createContext, useContext, type ReactNode } from 'react';
import type { components } from './api/schema';

/** What the backend tells the SPA at start: where to sign in, and limits that are its configuration. */
export type AppConfig = components['schemas']['AppConfigView'];
export type PointBounds = components['schemas']['PointBounds'];
export type PhotoLimits = components['schemas']['PhotoLimits'];

const AppConfigContext = createContext<AppConfig | undefined>(undefined);

export function AppConfigProvider({ config, children }: { config: AppConfig | undefined; children: ReactNode }) {
  return <AppConfigContext value={config}>{children}</AppConfigContext>;
}

/** The app-config read at start; screens render only after it arrived. */
export function useAppConfig(): AppConfig {
  const config = useContext(AppConfigContext);
  if (!config) throw new Error('useAppConfig needs the AppProvider with the app-config read at start');
  return config;
}
