import { QueryClient } from "@tanstack/react-query";

import { ApiError } from "@/lib/api-error";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !(error instanceof ApiError && error.problem.status < 500) && failureCount < 2,
    },
  },
});
