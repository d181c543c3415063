import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { access } from "@/lib/access";

import { json, renderAt, stubApi, stubMatchMedia } from "@/testing/render";
import { PaknList } from "./pakn-list";

const WAIT = { timeout: 10_000 };
const page = { items: [], page: 1, size: 20, total: 0, totalExact: true };

describe("PAKN list page", { timeout: 60_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("searches with the filters of the URL, and Làm mới clears them", async () => {
    const calls = stubApi((call) => {
      if (call.path === "/api/v1/pakn/inbox") return json(page);
      if (call.path === "/api/v1/categories" || call.path === "/api/v1/channels" || call.path === "/api/v1/units") return json([]);
      return undefined;
    });
    const searches = () => calls.filter((call) => call.path === "/api/v1/pakn/inbox").map((call) => call.query);

    renderAt("/pakn/processing", "/pakn/processing?q=o%20nhiem&status=WAITING&page=2", <PaknList kind="inbox" />, access({ roles: ["OPERATOR"] }));
    await waitFor(() => expect(searches()).toHaveLength(1), WAIT);
    const [first] = searches();
    expect(first.get("q")).toBe("o nhiem");
    expect(first.get("status")).toBe("WAITING");
    expect(first.get("page")).toBe("2");
    expect((screen.getByLabelText("Từ khoá tìm kiếm") as HTMLInputElement).value).toBe("o nhiem");
    expect(screen.getByText("Tiếp nhận phản ánh")).toBeTruthy();

    fireEvent.click(screen.getByText("Làm mới"));
    await waitFor(() => expect(searches()).toHaveLength(2), WAIT);
    const second = searches()[1];
    expect(second.get("q")).toBeNull();
    expect(second.get("status")).toBeNull();
    expect(second.get("page")).toBe("1");
    expect((screen.getByLabelText("Từ khoá tìm kiếm") as HTMLInputElement).value).toBe("");
  });

  it("on a phone keeps the filters other than the keyword behind Bộ lọc, open when the URL sets one", async () => {
    stubApi((call) => (call.path.startsWith("/api/v1/") && call.method === "GET" ? json(call.path.endsWith("/pakn") ? page : []) : undefined));
    const progressHidden = () =>
      within(screen.getByRole("form", { name: "Tìm kiếm" })).getByLabelText("Tiến độ").closest(".ant-form-item")!.classList.contains("ant-form-item-hidden");
    renderAt("/pakn/all", "/pakn/all", <PaknList kind="all" />, access({ roles: ["OPERATOR"] }));
    fireEvent.click(await screen.findByText("Bộ lọc", {}, WAIT));
    expect(progressHidden()).toBe(false);
    fireEvent.click(screen.getByText("Ẩn bộ lọc"));
    expect(progressHidden()).toBe(true);
    cleanup();

    renderAt("/pakn/all", "/pakn/all?status=WAITING&progress=OVERDUE", <PaknList kind="all" />, access({ roles: ["OPERATOR"] }));
    await screen.findByText("Ẩn bộ lọc", {}, WAIT);
    expect(progressHidden()).toBe(false);
    fireEvent.click(screen.getByText("Ẩn bộ lọc"));
    expect(screen.getByText("Bộ lọc (2)")).toBeTruthy();
  });

  it("offers intake to operators only", async () => {
    stubApi((call) => (call.path.startsWith("/api/v1/") && call.method === "GET" ? json(call.path.endsWith("/pakn") ? page : []) : undefined));
    renderAt("/pakn/all", "/pakn/all", <PaknList kind="all" />, access({ roles: ["SPECIALIST"] }));
    await screen.findByText("Tất cả phản ánh", {}, WAIT);
    expect(screen.queryByText("Tiếp nhận phản ánh")).toBeNull();
  });
});
