import { createBrowserRouter, RouterProvider } from 'react-router';

import { AccessibilityRoute } from '@/app/routes/accessibility';
import { FeedbackRoute } from '@/app/routes/feedback';
import { HomeRoute } from '@/app/routes/home';
import { NotFoundRoute } from '@/app/routes/not-found';
import { ProcedureRoute } from '@/app/routes/procedure';
import { RouteErrorBoundary } from '@/app/routes/route-error';
import { AppLayout } from '@/components/layout/app-layout';

// Paths mirror src/config/paths.ts; the server answers every non-/api path with index.html.
const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'verfahren/:id', element: <ProcedureRoute /> },
          { path: 'barrierefreiheit', element: <AccessibilityRoute /> },
          { path: 'feedback', element: <FeedbackRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
