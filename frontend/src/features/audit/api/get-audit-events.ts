import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type AuditEvent = components["schemas"]["AuditEventView"];
export type AuditAction = components["schemas"]["AuditAction"];
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "LOGIN_THROTTLED",
  "LOGOUT",
  "TOKEN_REUSE_DETECTED",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET",
  "ACCOUNT_CREATED",
  "ACCOUNT_UPDATED",
  "ACCOUNT_DISABLED",
  "ACCOUNT_ENABLED",
  "UNIT_CREATED",
  "UNIT_UPDATED",
  "UNIT_MOVED",
  "UNIT_DEACTIVATED",
  "UNIT_DELETED",
];
export type AuditFilter = NonNullable<paths["/api/v1/admin/audit-events"]["get"]["parameters"]["query"]>;

export async function getAuditEvents(filter: AuditFilter) {
  return unwrap(await api.GET("/api/v1/admin/audit-events", { params: { query: filter } }));
}

export const auditEventsQueryOptions = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ["audit-events", filter],
    queryFn: () => getAuditEvents(filter),
    placeholderData: keepPreviousData,
  });

export function useAuditEvents(filter: AuditFilter) {
  return useQuery(auditEventsQueryOptions(filter));
}
