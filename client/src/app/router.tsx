import { createBrowserRouter } from 'react-router';
// From react-router/dom: navigations with `flushSync` (sign-out) commit synchronously.
import { RouterProvider } from 'react-router/dom';

import { AccessibilityRoute } from '@/app/routes/accessibility';
import { AccountRoute } from '@/app/routes/account';
import { AdminLayoutRoute } from '@/app/routes/admin';
import { AdminMailRoute } from '@/app/routes/admin-mail';
import { AdminMailsRoute } from '@/app/routes/admin-mails';
import { AdminUsersRoute } from '@/app/routes/admin-users';
import { FeedbackRoute } from '@/app/routes/feedback';
import { ForgotPasswordRoute } from '@/app/routes/forgot-password';
import { HomeRoute } from '@/app/routes/home';
import { ModerationRoute } from '@/app/routes/moderation';
import { NetiquetteRoute } from '@/app/routes/netiquette';
import { NotFoundRoute } from '@/app/routes/not-found';
import {
  LazyPlanningAssessmentRoute,
  LazyPlanningProcedureNewRoute,
  LazyPlanningProcedureRoute,
} from '@/app/routes/planning-lazy';
import { PlanningProceduresRoute } from '@/app/routes/planning-procedures';
import { ProcedureRoute } from '@/app/routes/procedure';
import { ProcedureResultsRoute } from '@/app/routes/procedure-results';
import { RegisterRoute } from '@/app/routes/register';
import { ResetPasswordRoute } from '@/app/routes/reset-password';
import { RouteErrorBoundary } from '@/app/routes/route-error';
import { SignInRoute } from '@/app/routes/sign-in';
import { StatementReceiptRoute } from '@/app/routes/statement-receipt';
import { StatementStatusRoute } from '@/app/routes/statement-status';
import { VerifyEmailRoute } from '@/app/routes/verify-email';
import { AppLayout } from '@/components/layout/app-layout';
import { ADMIN_ROLES, MODERATION_ROLES, PLANNING_ROLES } from '@/config/roles';
import { AccountNav } from '@/features/auth/components/account-nav';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { StaffNavLinks } from '@/features/auth/components/staff-nav';

// Paths mirror src/config/paths.ts; the server answers every non-/api path with index.html.
const router = createBrowserRouter([
  {
    element: <AppLayout accountNav={<AccountNav />} staffLinks={<StaffNavLinks />} />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'verfahren/:id', element: <ProcedureRoute /> },
          { path: 'verfahren/:id/ergebnisse', element: <ProcedureResultsRoute /> },
          { path: 'stellungnahmen/eingang', element: <StatementReceiptRoute /> },
          { path: 'stellungnahmen/status', element: <StatementStatusRoute /> },
          { path: 'barrierefreiheit', element: <AccessibilityRoute /> },
          { path: 'feedback', element: <FeedbackRoute /> },
          { path: 'netiquette', element: <NetiquetteRoute /> },
          { path: 'anmelden', element: <SignInRoute /> },
          { path: 'registrieren', element: <RegisterRoute /> },
          { path: 'konto/bestaetigen', element: <VerifyEmailRoute /> },
          { path: 'passwort/vergessen', element: <ForgotPasswordRoute /> },
          { path: 'passwort/neu', element: <ResetPasswordRoute /> },
          {
            // Any signed-in user.
            element: <RequireAuth />,
            children: [{ path: 'konto', element: <AccountRoute /> }],
          },
          {
            element: <RequireAuth roles={PLANNING_ROLES} />,
            children: [
              { path: 'planung', element: <PlanningProceduresRoute /> },
              { path: 'planung/verfahren/neu', element: <LazyPlanningProcedureNewRoute /> },
              { path: 'planung/verfahren/:id', element: <LazyPlanningProcedureRoute /> },
              { path: 'planung/verfahren/:id/abwaegung', element: <LazyPlanningAssessmentRoute /> },
            ],
          },
          {
            element: <RequireAuth roles={MODERATION_ROLES} />,
            children: [{ path: 'moderation', element: <ModerationRoute /> }],
          },
          {
            element: <RequireAuth roles={ADMIN_ROLES} />,
            children: [
              {
                path: 'admin',
                element: <AdminLayoutRoute />,
                children: [
                  { index: true, element: <AdminUsersRoute /> },
                  { path: 'mails', element: <AdminMailsRoute /> },
                  { path: 'mails/:id', element: <AdminMailRoute /> },
                ],
              },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
