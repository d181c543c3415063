import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, waitFor } from "@testing-library/react";
import { App, ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import type { ReactNode } from "react";
import { createMemoryRouter, Outlet, RouterProvider } from "react-router";
import { vi } from "vitest";

/** antd's responsive components ask for media queries and pseudo-element styles, which jsdom lacks: a phone's screen. */
export function stubMatchMedia() {
  stubMedia(false);
}

/** As {@link stubMatchMedia}, for a desktop's screen: every breakpoint matches. */
export function stubWideScreen() {
  stubMedia(true);
}

function stubMedia(matches: boolean) {
  const computedStyle = window.getComputedStyle.bind(window);
  vi.stubGlobal("getComputedStyle", (element: Element) => computedStyle(element));
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      matches,
      media: query,
      onchange: null,
      addListener: vi.fn(),
      removeListener: vi.fn(),
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
      dispatchEvent: vi.fn(),
    })),
  );
}

export type Call = { method: string; path: string; query: URLSearchParams; ifMatch: string | null; authorization: string | null; body: string };
type Answer = (call: Call) => Response | undefined;

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { status: 200, ...init, headers: { "Content-Type": "application/json", ...init.headers } });

export const problem = (status: number, code: string, title: string, detail?: string) =>
  new Response(JSON.stringify({ type: "about:blank", code, title, status, detail }), {
    status,
    headers: { "Content-Type": "application/problem+json" },
  });

/** A server-sent event stream that sends `chunks`, then stays open or (`close`) ends as a dropped connection does. */
export const eventStream = (chunks: string[], { close = false } = {}) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(new TextEncoder().encode(chunk)));
        if (close) controller.close();
      },
    }),
    { status: 200, headers: { "Content-Type": "text/event-stream" } },
  );

/** Answers the API client's requests from `answer` (404 problem when it has none) and records them. */
export function stubApi(answer: Answer): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (input: Request | string, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const call = {
      method: request.method,
      path: new URL(request.url).pathname,
      query: new URL(request.url).searchParams,
      ifMatch: request.headers.get("If-Match"),
      authorization: request.headers.get("Authorization"),
      body: request.method === "GET" ? "" : await request.clone().text(),
    };
    calls.push(call);
    return answer(call) ?? problem(404, "not-found", "Không tìm thấy");
  });
  return calls;
}

/** Opens the antd Select that `input` belongs to and picks the option titled `title` once it is listed. */
export async function chooseOption(input: HTMLElement, title: string) {
  fireEvent.mouseDown(input.closest(".ant-select-selector")!);
  const option = await waitFor(
    () => {
      const found = document.querySelector<HTMLElement>(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`);
      if (!found) throw new Error(`No option "${title}" is listed`);
      return found;
    },
    { timeout: 10_000 },
  );
  fireEvent.click(option);
}

/** Renders `element` at `path` of `route` with antd (vi_VN), a fresh query client and the given outlet context. */
export function renderAt(route: string, path: string, element: ReactNode, context: unknown = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: "/", element: <OutletWith context={context} />, children: [{ path: route.slice(1), element }, { path: "*", element: null }] }],
    { initialEntries: [path] },
  );
  return render(
    <ConfigProvider locale={viVN}>
      <App>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </App>
    </ConfigProvider>,
  );
}

function OutletWith({ context }: { context: unknown }) {
  return <Outlet context={context} />;
}
