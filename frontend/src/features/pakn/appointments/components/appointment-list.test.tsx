import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { json, renderAt, stubApi, stubMatchMedia, stubWideScreen } from "@/testing/render";
import { AppointmentList } from "./appointment-list";

const WAIT = { timeout: 10_000 };

const row = {
  id: 7,
  paknId: 41,
  code: "1022-2026-000041",
  title: "Đèn đường hỏng",
  category: "Hạ tầng đô thị",
  reportedAt: "2026-03-02T02:00:00Z",
  locationText: "Phường Diên Hồng",
  task: "Xử lý chuyên ngành",
  status: "APPOINTED",
  statusLabel: "Hẹn xử lý",
  state: "PENDING",
  stateLabel: "Chờ duyệt",
  dueAt: "2026-03-06T08:30:00Z",
  oldDeadline: "2026-03-04T08:30:00Z",
  reason: "Chờ nhà thầu",
  requestedBy: "Chuyên viên",
  createdAt: "2026-03-03T01:00:00Z",
};

function renderList() {
  const calls = stubApi((call) =>
    call.path === "/api/v1/appointments" ? json({ items: [row], page: 1, size: 20, total: 1, totalExact: true, totalEstimated: false, nextCursor: null }) : undefined,
  );
  renderAt("/pakn/appointments", "/pakn/appointments?state=PENDING", <AppointmentList />);
  return calls;
}

describe("Phiếu hẹn xử lý", { timeout: 60_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    window.history.replaceState(null, "", "/");
  });

  it("shows the manual's columns on a desktop, searching with the URL's filters", async () => {
    stubWideScreen();
    const calls = renderList();
    const first = (await screen.findByText("Đèn đường hỏng", {}, WAIT)).closest("tr")!;
    expect(calls.find((call) => call.path === "/api/v1/appointments")?.query.get("state")).toBe("PENDING");
    for (const header of ["STT", "Chuyên mục", "Ngày phản ánh", "Địa điểm phản ánh", "Công việc", "Trạng thái", "Đến ngày"]) {
      expect(screen.getByRole("columnheader", { name: header })).toBeTruthy();
    }
    expect(within(first).getByText("Hạ tầng đô thị")).toBeTruthy();
    expect(within(first).getByText("Chờ duyệt")).toBeTruthy();
    expect(within(first).getByText("06/03/2026 15:30")).toBeTruthy();
  });

  it("on a phone keeps the title with its code, status and due time, the open button, and a full-width search", async () => {
    stubMatchMedia();
    renderList();
    const first = (await screen.findByText("Đèn đường hỏng", {}, WAIT)).closest("tr")!;
    expect(screen.queryByRole("columnheader", { name: "Chuyên mục" })).toBeNull();
    expect(screen.queryByText("Hạ tầng đô thị")).toBeNull();
    expect(within(first).getByText("1022-2026-000041")).toBeTruthy();
    expect(within(first).getByText("Chờ duyệt")).toBeTruthy();
    expect(within(first).getByText("Đến ngày 06/03/2026 15:30")).toBeTruthy();
    const search = screen.getByPlaceholderText(/./).closest<HTMLElement>(".ant-input-affix-wrapper")!;
    expect(search.style.width).toBe("100%");
    fireEvent.click(within(first).getByRole("button", { name: /1022-2026-000041/ }));
    await waitFor(() => expect(screen.queryByText("Đèn đường hỏng")).toBeNull(), WAIT);
  });
});
