import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import type { AppConfig } from '@/lib/app-config';
import { createAppConfig } from './data-generators';

type RenderOptions = { path?: string; url?: string; config?: AppConfig };

/** Renders a page inside the app's providers at a route, as the router would. */
export function renderRoute(
  element: ReactElement,
  { path = '/', url = path, config = createAppConfig() }: RenderOptions = {},
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path, element }, { path: '*', element: <p>other page</p> }], {
    initialEntries: [url],
  });
  return { router, ...render(<AppProvider queryClient={queryClient} config={config}><RouterProvider router={router} /></AppProvider>) };
}
