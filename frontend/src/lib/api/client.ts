import createClient, { type Middleware } from "openapi-fetch";

import i18n from "@/lib/i18n";
import { endSession, getSession, requirePasswordChange, startSession } from "@/lib/auth/session";

import type { paths } from "./schema";

/** The backend answers its problem details in the language on screen. */
const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set("Accept-Language", i18n.language);
    return request;
  },
};

/**
 * Same origin as the SPA (spelled out because `Request` outside a browser does not resolve relative URLs); `fetch`
 * looked up at each call, as the retry after a refresh does.
 */
const options = {
  baseUrl: globalThis.location?.origin ?? "",
  credentials: "same-origin",
  fetch: (request: Request) => globalThis.fetch(request),
} as const;

/** Without the auth middleware: for the calls that manage the session itself. */
export const sessionClient = createClient<paths>(options);
sessionClient.use(languageMiddleware);

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request, because the backend
 * rotates the refresh token and revokes the whole family when one is used twice.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= sessionClient
    .POST("/api/v1/auth/refresh")
    .then(({ data }) => {
      if (data) startSession(data);
      return data !== undefined;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function withToken(request: Request, token: string | undefined): Request {
  if (token) request.headers.set("Authorization", `Bearer ${token}`);
  return request;
}

const pendingRetries = new Map<string, Request>();

export const authMiddleware: Middleware = {
  onRequest({ request, id }) {
    const authorized = withToken(request, getSession()?.accessToken);
    pendingRetries.set(id, authorized.clone());
    return authorized;
  },
  async onResponse({ response, id }) {
    const retry = pendingRetries.get(id);
    pendingRetries.delete(id);
    if (response.status === 401 && retry) {
      if (!(await refreshSession())) {
        endSession("expired");
        return response;
      }
      const retried = await fetch(withToken(retry, getSession()?.accessToken));
      if (retried.status === 401) endSession("expired");
      return retried;
    }
    if (response.status === 403 && (await problemCode(response)) === "password-change-required") {
      requirePasswordChange();
    }
    return response;
  },
  onError({ id }) {
    pendingRetries.delete(id);
  },
};

async function problemCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.clone().json()) as { code?: string };
    return body.code;
  } catch {
    return undefined;
  }
}

/** The typed API client every feature uses: bearer token, one refresh on 401, forced password change on 403. */
export const api = createClient<paths>(options);
api.use(languageMiddleware, authMiddleware);
