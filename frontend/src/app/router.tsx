import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useState } from 'react';
import { DistrictsRoute } from '@/features/geo/routes/districts-route';
import { ProvincesRoute } from '@/features/geo/routes/provinces-route';
import { SubdistrictsRoute } from '@/features/geo/routes/subdistricts-route';
import { MeRoute } from '@/features/me/routes/me-route';
import { AppLayout } from './routes/app-layout';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'me', element: <MeRoute /> },
      { path: 'geo', element: <ProvincesRoute /> },
      { path: 'geo/:provinceCode', element: <DistrictsRoute /> },
      { path: 'geo/:provinceCode/:districtCode', element: <SubdistrictsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  // Created on first render, i.e. after Keycloak has cleaned its callback parameters from the URL.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
