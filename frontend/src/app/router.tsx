import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { lazy, Suspense, useState } from 'react';
import { Loading } from '@/components/loading';
import { ActivitiesRoute } from '@/features/activities/routes/activities-route';
import { ActivityEditRoute } from '@/features/activities/routes/activity-edit-route';
import { ActivityNewRoute } from '@/features/activities/routes/activity-new-route';
import { ActivityRoute } from '@/features/activities/routes/activity-route';
import { DocumentAnswerRoute } from '@/features/reporting/routes/document-answer-route';
import { DocumentRequestRoute } from '@/features/reporting/routes/document-request-route';
import { DocumentsRoute } from '@/features/reporting/routes/documents-route';
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
import { ActivityPartners } from '@/features/partners/components/activity-partners';
import { CenterPartnersSection } from '@/features/partners/components/center-partners-section';
import { CenterVisitsSection } from '@/features/evaluation/components/center-visits-section';
import { EvaluationRoute } from '@/features/evaluation/routes/evaluation-route';
import { RubricRoute } from '@/features/evaluation/routes/rubric-route';
import { VisitNewRoute } from '@/features/evaluation/routes/visit-new-route';
import { VisitPrintRoute } from '@/features/evaluation/routes/visit-print-route';
import { VisitRoute } from '@/features/evaluation/routes/visit-route';
import { CenterPlanSection } from '@/features/planning/components/center-plan-section';
import { PlanEditRoute } from '@/features/planning/routes/plan-edit-route';
import { PlansRoute } from '@/features/planning/routes/plans-route';
import { LessonEditRoute } from '@/features/learning/routes/lesson-edit-route';
import { LessonNewRoute } from '@/features/learning/routes/lesson-new-route';
import { LessonPrintRoute } from '@/features/learning/routes/lesson-print-route';
import { LessonRoute } from '@/features/learning/routes/lesson-route';
import { LibraryRoute } from '@/features/learning/routes/library-route';
import { MyLessonsRoute } from '@/features/learning/routes/my-lessons-route';
import { MeetingEditRoute } from '@/features/planning/routes/meeting-edit-route';
import { MeetingNewRoute } from '@/features/planning/routes/meeting-new-route';
import { MeetingPrintRoute } from '@/features/planning/routes/meeting-print-route';
import { MeetingRoute } from '@/features/planning/routes/meeting-route';
import { MeetingsRoute } from '@/features/planning/routes/meetings-route';
import { PartnerEditRoute } from '@/features/partners/routes/partner-edit-route';
import { PartnerNewRoute } from '@/features/partners/routes/partner-new-route';
import { PartnerRoute } from '@/features/partners/routes/partner-route';
import { PartnersRoute } from '@/features/partners/routes/partners-route';
import { SectorCoverageRoute } from '@/features/partners/routes/sector-coverage-route';
import { CompletenessRoute } from '@/features/reporting/routes/completeness-route';
import { ContactsRoute } from '@/features/reporting/routes/contacts-route';
import { DeadlinesRoute } from '@/features/reporting/routes/deadlines-route';
import { NationalReportPrintRoute } from '@/features/reporting/routes/national-report-print-route';
import { NationalYearReportPrintRoute } from '@/features/reporting/routes/national-year-report-print-route';
import { ProvinceCompletenessRoute } from '@/features/reporting/routes/province-completeness-route';
import { ProvinceReportPrintRoute } from '@/features/reporting/routes/province-report-print-route';
import { ProvinceReportRoute } from '@/features/reporting/routes/province-report-route';
import { ProvinceReportsRoute } from '@/features/reporting/routes/province-reports-route';
import { RemindersRoute } from '@/features/reporting/routes/reminders-route';
import { ReportPrintRoute } from '@/features/reporting/routes/report-print-route';
import { ReportRoute } from '@/features/reporting/routes/report-route';
import { ReportsRoute } from '@/features/reporting/routes/reports-route';
import { ReviewQueueRoute } from '@/features/reporting/routes/review-queue-route';
import { AppLayout } from './routes/app-layout';
import { HomeRoute } from './routes/home-route';
import { NotFoundRoute } from './routes/not-found-route';

// The dashboard draws charts; its code (and ECharts) loads only when it is opened.
const ComplianceRoute = lazy(() =>
  import('@/features/compliance/routes/compliance-route').then((m) => ({ default: m.ComplianceRoute })),
);

// The center's page shows its partners, its driving plan and its evaluation visits, in that order.
const centerSections = [CenterPartnersSection, CenterPlanSection, CenterVisitsSection] as const;

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
      // A feature's page shows another's section only through the app, so features stay apart.
      { path: 'centers/:id', element: <CenterRoute sections={centerSections} /> },
      { path: 'centers/:id/edit', element: <CenterEditRoute /> },
      { path: 'activities', element: <ActivitiesRoute /> },
      { path: 'activities/new', element: <ActivityNewRoute /> },
      { path: 'activities/:id', element: <ActivityRoute partnersSection={ActivityPartners} /> },
      { path: 'activities/:id/edit', element: <ActivityEditRoute /> },
      { path: 'partners', element: <PartnersRoute /> },
      { path: 'partners/new', element: <PartnerNewRoute /> },
      { path: 'partners/coverage', element: <SectorCoverageRoute /> },
      { path: 'partners/:id', element: <PartnerRoute /> },
      { path: 'partners/:id/edit', element: <PartnerEditRoute /> },
      { path: 'meetings', element: <MeetingsRoute /> },
      { path: 'lessons', element: <LibraryRoute /> },
      { path: 'lessons/mine', element: <MyLessonsRoute /> },
      { path: 'lessons/new', element: <LessonNewRoute /> },
      { path: 'lessons/:id', element: <LessonRoute /> },
      { path: 'lessons/:id/edit', element: <LessonEditRoute /> },
      { path: 'lessons/:id/print', element: <LessonPrintRoute /> },
      { path: 'plans', element: <PlansRoute /> },
      { path: 'plans/:centerId/:year/edit', element: <PlanEditRoute /> },
      { path: 'evaluation', element: <EvaluationRoute /> },
      { path: 'evaluation/rubric', element: <RubricRoute /> },
      { path: 'evaluation/visits/new', element: <VisitNewRoute /> },
      { path: 'evaluation/visits/:id', element: <VisitRoute /> },
      { path: 'evaluation/visits/:id/print', element: <VisitPrintRoute /> },
      { path: 'meetings/new', element: <MeetingNewRoute /> },
      { path: 'meetings/:id', element: <MeetingRoute /> },
      { path: 'meetings/:id/edit', element: <MeetingEditRoute /> },
      { path: 'meetings/:id/print', element: <MeetingPrintRoute /> },
      {
        path: 'compliance',
        element: (
          <Suspense fallback={<Loading />}>
            <ComplianceRoute />
          </Suspense>
        ),
      },
      { path: 'documents', element: <DocumentsRoute /> },
      { path: 'documents/:id', element: <DocumentRequestRoute /> },
      { path: 'documents/:id/:officeCode', element: <DocumentAnswerRoute /> },
      { path: 'reports', element: <ReportsRoute /> },
      { path: 'reports/queue', element: <ReviewQueueRoute /> },
      { path: 'reports/completeness', element: <CompletenessRoute /> },
      { path: 'reports/completeness/provinces', element: <ProvinceCompletenessRoute /> },
      { path: 'reports/deadlines', element: <DeadlinesRoute /> },
      { path: 'reports/contacts', element: <ContactsRoute /> },
      { path: 'reports/reminders', element: <RemindersRoute /> },
      { path: 'reports/provinces', element: <ProvinceReportsRoute /> },
      { path: 'reports/national/:deadlineId/print', element: <NationalReportPrintRoute /> },
      { path: 'reports/national/year/:fiscalYear/print', element: <NationalYearReportPrintRoute /> },
      // Before the district's routes, which would take "province" for a district code.
      { path: 'reports/:deadlineId/province/:provinceCode', element: <ProvinceReportRoute /> },
      { path: 'reports/:deadlineId/province/:provinceCode/print', element: <ProvinceReportPrintRoute /> },
      { path: 'reports/:deadlineId/:districtCode', element: <ReportRoute /> },
      { path: 'reports/:deadlineId/:districtCode/print', element: <ReportPrintRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  // Created on first render, i.e. after Keycloak has cleaned its callback parameters from the URL.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
