import { ApiError } from "@/lib/api-error";

/** The ETag the backend sent with the detail, or the one it would send for this version (`"3"`). */
export function etagOf(response: Response, version: number): string {
  return response.headers.get("ETag") ?? `"${version}"`;
}

/**
 * Whether a write failed because the PAKN changed since the officer loaded it: 409 `stale-version`, or 412 from a
 * proxy or a backend that answers If-Match that way. The screen must then let the officer see the current item and
 * decide again, never retry silently.
 */
export function isStale(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const { status, code } = error.problem;
  return status === 412 || (status === 409 && code === "stale-version");
}
