import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AccessibilityPage } from '../features/accessibility/pages/accessibility-page.tsx';
import { AdminLayout } from '../features/admin/components/admin-layout.tsx';
import { AdminPage } from '../features/admin/pages/admin-page.tsx';
import { ProcessingRecordPage } from '../features/admin/pages/processing-record-page.tsx';
import { AlertingLayout } from '../features/alerting/components/alerting-layout.tsx';
import { AlertingPage } from '../features/alerting/pages/alerting-page.tsx';
import { ContactsPage } from '../features/alerting/pages/contacts-page.tsx';
import { IncidentPage } from '../features/alerting/pages/incident-page.tsx';
import { OutboxPage } from '../features/alerting/pages/outbox-page.tsx';
import { RotaPage } from '../features/alerting/pages/rota-page.tsx';
import { AuditPage } from '../features/audit/pages/audit-page.tsx';
import { RequireAdmin } from '../features/auth/components/require-admin.tsx';
import { RequireSession } from '../features/auth/components/require-session.tsx';
import { MySessionsPage } from '../features/auth/pages/my-sessions-page.tsx';
import { SignInPage } from '../features/auth/pages/sign-in-page.tsx';
import { MilestonesPage } from '../features/milestones/pages/milestones-page.tsx';
import { NotFoundPage } from '../features/misc/pages/not-found-page.tsx';
import { RouteErrorPage } from '../features/misc/pages/route-error-page.tsx';
import { PlanLayout } from '../features/plan/components/plan-layout.tsx';
import { ActivitiesPage } from '../features/plan/pages/activities-page.tsx';
import { ActivityPage } from '../features/plan/pages/activity-page.tsx';
import { AsOfPage } from '../features/plan/pages/as-of-page.tsx';
import { FocusAreaPage } from '../features/plan/pages/focus-area-page.tsx';
import { GoalsPage } from '../features/plan/pages/goals-page.tsx';
import { HistoryPage } from '../features/plan/pages/history-page.tsx';
import { ImportPage } from '../features/plan/pages/import-page.tsx';
import { PlanPage } from '../features/plan/pages/plan-page.tsx';
import { StaffHoursPage } from '../features/plan/pages/staff-hours-page.tsx';
import { LbfSetPage } from '../features/plan-documents/pages/lbf-set-page.tsx';
import { ProgramLayout } from '../features/program/components/program-layout.tsx';
import { KnowledgeActivityPage } from '../features/program/pages/knowledge-activity-page.tsx';
import { KnowledgePage } from '../features/program/pages/knowledge-page.tsx';
import { ProgramPage } from '../features/program/pages/program-page.tsx';
import { ProgramReportPage } from '../features/program/pages/program-report-page.tsx';
import { RegisterPage } from '../features/program/pages/register-page.tsx';
import { CasePage } from '../features/registration/pages/case-page.tsx';
import { CasesPage } from '../features/registration/pages/cases-page.tsx';
import { CoursePage } from '../features/registration/pages/course-page.tsx';
import { CoursesPage } from '../features/registration/pages/courses-page.tsx';
import { RegistrationImportPage } from '../features/registration/pages/import-page.tsx';
import { NewParticipantPage } from '../features/registration/pages/new-participant-page.tsx';
import { ParticipantPage } from '../features/registration/pages/participant-page.tsx';
import { ParticipantsPage } from '../features/registration/pages/participants-page.tsx';
import { SafetyPage } from '../features/registration/pages/safety-page.tsx';
import { VolunteersPage } from '../features/registration/pages/volunteers-page.tsx';
import { HouseholdPage } from '../features/rehousing/pages/household-page.tsx';
import { HouseholdsPage } from '../features/rehousing/pages/households-page.tsx';
import { RehousingImportPage } from '../features/rehousing/pages/import-page.tsx';
import { RehousingPage } from '../features/rehousing/pages/rehousing-page.tsx';
import { TemplatePage } from '../features/rehousing/pages/template-page.tsx';
import { GroupMappingsPage } from '../features/users/pages/group-mappings-page.tsx';
import { UsersPage } from '../features/users/pages/users-page.tsx';
import { AppShell } from './shell/app-shell.tsx';

const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'log-ind', element: <SignInPage /> },
      { path: 'tilgaengelighed', element: <AccessibilityPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Navigate to="/plan" replace /> },
          {
            path: 'plan',
            element: <PlanLayout />,
            children: [
              { index: true, element: <PlanPage /> },
              { path: 'maal', element: <GoalsPage /> },
              { path: 'indsatsomraader/:slug', element: <FocusAreaPage /> },
              {
                path: 'indikatorer/:id',
                // The chart library is large; only the indicator page needs it, so it loads on demand.
                lazy: async () => ({
                  Component: (await import('../features/plan/pages/indicator-page.tsx')).IndicatorPage,
                }),
              },
              { path: 'import', element: <ImportPage /> },
              { path: 'aktiviteter', element: <ActivitiesPage /> },
              { path: 'aktiviteter/:id', element: <ActivityPage /> },
              { path: 'timer', element: <StaffHoursPage /> },
              { path: 'historik', element: <HistoryPage /> },
              { path: 'delaftaler-pr-dato', element: <AsOfPage /> },
              {
                path: 'oekonomi',
                // The chart library loads on demand, as for the indicator page.
                lazy: async () => ({
                  Component: (await import('../features/finance/pages/finance-page.tsx')).FinancePage,
                }),
              },
              { path: 'milepaele', element: <MilestonesPage /> },
              { path: 'lbf-dokumenter', element: <LbfSetPage /> },
            ],
          },
          { path: 'mine-sessioner', element: <MySessionsPage /> },
          { path: 'deltagere', element: <ParticipantsPage /> },
          { path: 'deltagere/ny', element: <NewParticipantPage /> },
          { path: 'deltagere/frivillige', element: <VolunteersPage /> },
          { path: 'deltagere/import', element: <RegistrationImportPage /> },
          { path: 'deltagere/:id', element: <ParticipantPage /> },
          { path: 'forloeb', element: <CasesPage /> },
          { path: 'forloeb/hold', element: <CoursesPage /> },
          { path: 'forloeb/tryghed', element: <SafetyPage /> },
          { path: 'forloeb/hold/:id', element: <CoursePage /> },
          { path: 'forloeb/:id', element: <CasePage /> },
          { path: 'genhusning', element: <RehousingPage /> },
          { path: 'genhusning/husstande', element: <HouseholdsPage /> },
          { path: 'genhusning/husstande/:id', element: <HouseholdPage /> },
          { path: 'genhusning/skabelon', element: <TemplatePage /> },
          { path: 'genhusning/import', element: <RehousingImportPage /> },
          {
            path: 'rapporter',
            // The chart library loads on demand, as for the plan's indicator page.
            lazy: async () => ({
              Component: (await import('../features/reports/components/reports-layout.tsx')).ReportsLayout,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/quarterly-page.tsx')).QuarterlyPage,
                }),
              },
              {
                path: 'aarlig',
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/annual-page.tsx')).AnnualPage,
                }),
              },
              {
                path: 'bestyrelsens-gennemgang',
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/board-review-page.tsx'))
                    .BoardReviewPage,
                }),
              },
              {
                path: 'side-om-side',
                lazy: async () => ({
                  Component: (await import('../features/reports/pages/comparison-page.tsx')).ComparisonPage,
                }),
              },
            ],
          },
          {
            path: 'program',
            element: <ProgramLayout />,
            children: [
              { index: true, element: <ProgramPage /> },
              {
                path: 'maal/:position',
                // The chart library loads on demand, as for the plan's indicator page.
                lazy: async () => ({
                  Component: (await import('../features/program/pages/goal-page.tsx')).GoalPage,
                }),
              },
              { path: 'planregister', element: <RegisterPage /> },
              { path: 'videnbase', element: <KnowledgePage /> },
              { path: 'videnbase/aktiviteter/:id', element: <KnowledgeActivityPage /> },
              { path: 'rapport', element: <ProgramReportPage /> },
            ],
          },
          {
            path: 'beredskab',
            element: <AlertingLayout />,
            children: [
              { index: true, element: <AlertingPage /> },
              { path: 'varslingsliste', element: <ContactsPage /> },
              { path: 'vagtplan', element: <RotaPage /> },
              { path: 'udbakke', element: <OutboxPage /> },
              { path: 'haendelser/:id', element: <IncidentPage /> },
            ],
          },
          {
            path: 'administration',
            element: <RequireAdmin />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <AdminPage /> },
                  { path: 'brugere', element: <UsersPage /> },
                  { path: 'revisionslog', element: <AuditPage /> },
                  { path: 'fortegnelse', element: <ProcessingRecordPage /> },
                  { path: 'grupper', element: <GroupMappingsPage /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
