import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";

import { api } from "@/lib/api/client";
import type { components, paths } from "@/lib/api/schema";
import { unwrap } from "@/lib/api-error";

export type Account = components["schemas"]["AccountView"];
export type AccountFilter = NonNullable<paths["/api/v1/admin/accounts"]["get"]["parameters"]["query"]>;

export async function getAccounts(filter: AccountFilter) {
  return unwrap(await api.GET("/api/v1/admin/accounts", { params: { query: filter } }));
}

export const accountsQueryOptions = (filter: AccountFilter) =>
  queryOptions({ queryKey: ["accounts", filter], queryFn: () => getAccounts(filter), placeholderData: keepPreviousData });

export function useAccounts(filter: AccountFilter) {
  return useQuery(accountsQueryOptions(filter));
}
