import { BarChartOutlined, FileTextOutlined, SettingOutlined } from "@ant-design/icons";
import { type ComponentType, lazy, type ReactNode } from "react";

import type { Permission, Permissions } from "@/lib/access";

export type AppRoute = {
  path: string;
  labelKey: string;
  permission: Permission;
  page: ComponentType;
};

export type MenuGroup = {
  key: string;
  labelKey: string;
  icon: ReactNode;
  routes: AppRoute[];
};

const UnitsPage = lazy(() => import("./routes/admin/units"));
const AccountsPage = lazy(() => import("./routes/admin/accounts"));
const AuditPage = lazy(() => import("./routes/admin/audit"));
const PaknProcessingPage = lazy(() => import("./routes/pakn/processing"));
const PaknAllPage = lazy(() => import("./routes/pakn/all"));
const PaknAppointmentsPage = lazy(() => import("./routes/pakn/appointments"));
const PaknDetailPage = lazy(() => import("./routes/pakn/detail"));
const CalendarPage = lazy(() => import("./routes/admin/calendar"));
const StepDurationsPage = lazy(() => import("./routes/admin/step-durations"));
const MessagesPage = lazy(() => import("./routes/admin/messages"));
const NotificationsPage = lazy(() => import("./routes/notifications"));
const StatisticsStatusPage = lazy(() => import("./routes/statistics/status"));
const StatisticsListPage = lazy(() => import("./routes/statistics/list"));
const StatisticsIdentityPage = lazy(() => import("./routes/statistics/identity"));
const StatisticsRatingPage = lazy(() => import("./routes/statistics/rating"));
const StatisticsProgressPage = lazy(() => import("./routes/statistics/progress"));

/** The one table behind both the router and the menu ("Thanh menu đứng" of the original manual). */
export const routeTable: MenuGroup[] = [
  {
    key: "pakn",
    labelKey: "menu.pakn",
    icon: <FileTextOutlined />,
    routes: [
      { path: "/pakn/processing", labelKey: "menu.paknProcessing", permission: "processPakn", page: PaknProcessingPage },
      { path: "/pakn/appointments", labelKey: "menu.paknAppointments", permission: "processPakn", page: PaknAppointmentsPage },
      { path: "/pakn/all", labelKey: "menu.paknAll", permission: "viewAllPakn", page: PaknAllPage },
    ],
  },
  {
    key: "statistics",
    labelKey: "menu.statistics",
    icon: <BarChartOutlined />,
    routes: [
      { path: "/statistics/status", labelKey: "menu.statisticsStatus", permission: "viewStatistics", page: StatisticsStatusPage },
      { path: "/statistics/list", labelKey: "menu.statisticsList", permission: "viewStatistics", page: StatisticsListPage },
      { path: "/statistics/identity", labelKey: "menu.statisticsIdentity", permission: "viewStatistics", page: StatisticsIdentityPage },
      { path: "/statistics/rating", labelKey: "menu.statisticsRating", permission: "viewStatistics", page: StatisticsRatingPage },
      { path: "/statistics/progress", labelKey: "menu.statisticsProgress", permission: "viewStatistics", page: StatisticsProgressPage },
    ],
  },
  {
    key: "admin",
    labelKey: "menu.admin",
    icon: <SettingOutlined />,
    routes: [
      { path: "/admin/units", labelKey: "menu.adminUnits", permission: "administer", page: UnitsPage },
      { path: "/admin/accounts", labelKey: "menu.adminAccounts", permission: "administer", page: AccountsPage },
      { path: "/admin/audit", labelKey: "menu.adminAudit", permission: "administer", page: AuditPage },
      { path: "/admin/calendar", labelKey: "calendar.title", permission: "administer", page: CalendarPage },
      { path: "/admin/step-durations", labelKey: "stepDurations.title", permission: "administer", page: StepDurationsPage },
      { path: "/admin/messages", labelKey: "outbox.title", permission: "administer", page: MessagesPage },
    ],
  },
];

export const allRoutes: AppRoute[] = routeTable.flatMap((group) => group.routes);

/** Pages reached from another page (a row of a list), not from the menu; the router adds them to `allRoutes`. */
export const pageRoutes: AppRoute[] = [
  { path: "/pakn/:id", labelKey: "pakn.detail", permission: "viewAllPakn", page: PaknDetailPage },
  { path: "/notifications", labelKey: "notifications.title", permission: "readNotifications", page: NotificationsPage },
];

/** The menu an officer sees: the routes they may open, in groups that keep at least one of them. */
export function visibleMenu(permissions: Permissions): MenuGroup[] {
  return routeTable
    .map((group) => ({ ...group, routes: group.routes.filter((route) => permissions[route.permission]) }))
    .filter((group) => group.routes.length > 0);
}

export function canOpen(path: string, permissions: Permissions): boolean {
  const route = allRoutes.find((candidate) => candidate.path === path);
  return route !== undefined && permissions[route.permission];
}

/** Where an officer lands after signing in: the first item of their menu. */
export function homePath(permissions: Permissions): string | undefined {
  return visibleMenu(permissions)[0]?.routes[0]?.path;
}
