import type { components } from "@/lib/api/schema";

export type Role = components["schemas"]["Role"];
export type Me = components["schemas"]["MeView"];

export const ROLES: readonly Role[] = ["OPERATOR", "SPECIALIST", "LEADER", "PROVINCE_OFFICE", "ADMIN"];

/**
 * The one place that turns the signed-in officer into permissions; routes and the menu ask for a permission, never
 * for a role.
 */
export function access(me: Pick<Me, "roles"> | undefined) {
  const has = (...roles: Role[]) => roles.some((role) => me?.roles.includes(role) ?? false);
  return {
    /** The provincial office is the top of the escalation chain: overdue items land in its queue for it to act on. */
    processPakn: has("OPERATOR", "SPECIALIST", "LEADER", "PROVINCE_OFFICE"),
    viewAllPakn: has("OPERATOR", "SPECIALIST", "LEADER", "PROVINCE_OFFICE", "ADMIN"),
    viewStatistics: has("OPERATOR", "LEADER", "PROVINCE_OFFICE", "ADMIN"),
    /** Leaders and specialists see the statistics of their own unit only; the backend forces it too. */
    viewStatisticsOfAllUnits: has("OPERATOR", "PROVINCE_OFFICE", "ADMIN"),
    administer: has("ADMIN"),
    takeInPakn: has("OPERATOR"),
    readNotifications: me !== undefined,
  };
}

export type Permissions = ReturnType<typeof access>;
export type Permission = keyof Permissions;
