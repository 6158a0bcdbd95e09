import { createBrowserRouter, Navigate } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AccessibilityPage } from '../features/accessibility/pages/accessibility-page.tsx';
import { AdminLayout } from '../features/admin/components/admin-layout.tsx';
import { AdminPage } from '../features/admin/pages/admin-page.tsx';
import { AuditPage } from '../features/audit/pages/audit-page.tsx';
import { RequireAdmin } from '../features/auth/components/require-admin.tsx';
import { RequireSession } from '../features/auth/components/require-session.tsx';
import { SignInPage } from '../features/auth/pages/sign-in-page.tsx';
import { NotFoundPage } from '../features/misc/pages/not-found-page.tsx';
import { RouteErrorPage } from '../features/misc/pages/route-error-page.tsx';
import { ModulePage } from '../features/modules/pages/module-page.tsx';
import { PlanPage } from '../features/plan/pages/plan-page.tsx';
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
          { path: 'plan', element: <PlanPage /> },
          { path: 'deltagere', element: <ModulePage module="participants" /> },
          { path: 'forloeb', element: <ModulePage module="cases" /> },
          { path: 'rapporter', element: <ModulePage module="reports" /> },
          { path: 'beredskab', element: <ModulePage module="alerting" /> },
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
