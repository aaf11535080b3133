import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { useState } from 'react';
import { CenterEditRoute } from '@/features/centers/routes/center-edit-route';
import { CenterNewRoute } from '@/features/centers/routes/center-new-route';
import { CenterRoute } from '@/features/centers/routes/center-route';
import { CentersMapRoute } from '@/features/centers/routes/centers-map-route';
import { CentersRoute } from '@/features/centers/routes/centers-route';
import { LocationReportPrintRoute } from '@/features/centers/routes/location-report-print-route';
import { LocationReportRoute } from '@/features/centers/routes/location-report-route';
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
      { path: 'centers', element: <CentersRoute /> },
      { path: 'centers/new', element: <CenterNewRoute /> },
      { path: 'centers/map', element: <CentersMapRoute /> },
      { path: 'centers/location-report', element: <LocationReportRoute /> },
      { path: 'centers/location-report/print', element: <LocationReportPrintRoute /> },
      { path: 'centers/:id', element: <CenterRoute /> },
      { path: 'centers/:id/edit', element: <CenterEditRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  // Created on first render, i.e. after Keycloak has cleaned its callback parameters from the URL.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
