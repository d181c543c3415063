import { createBrowserRouter, RouterProvider } from "react-router";

import { AppLayout } from "./layout/app-layout";
import { RequireSession } from "@/lib/auth/require-session";

import { RequirePermission } from "./require-permission";
import { allRoutes, pageRoutes } from "./route-table";
import { ChangePasswordRoute } from "./routes/change-password";
import { HomeRoute } from "./routes/home";
import { LoginRoute } from "./routes/login";
import { NotFoundRoute } from "./routes/not-found";

const router = createBrowserRouter([
  { path: "/login", element: <LoginRoute /> },
  {
    path: "/change-password",
    element: (
      <RequireSession forPasswordChange>
        <ChangePasswordRoute />
      </RequireSession>
    ),
  },
  {
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      ...[...allRoutes, ...pageRoutes].map(({ path, permission, page: Page }) => ({
        path,
        element: (
          <RequirePermission permission={permission}>
            <Page />
          </RequirePermission>
        ),
      })),
      { path: "*", element: <NotFoundRoute /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
