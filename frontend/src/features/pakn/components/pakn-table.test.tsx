import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { ConfigProvider } from "antd";
import viVN from "antd/locale/vi_VN";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PaknRow } from "../api/get-pakn-list";
import { stubMatchMedia, stubWideScreen } from "@/testing/render";
import { PaknTable } from "./pakn-table";

const rows: PaknRow[] = [
  { id: 11, code: "1022-2026-000011", title: "Rác thải ven đường", categoryName: "Vệ sinh môi trường", reportedAt: "2026-03-01T02:00:00Z", location: "Phường Thử", task: "Xử lý chuyên ngành", status: "IN_PROGRESS", progress: "OVERDUE", deadline: "2026-03-03T02:00:00Z" },
  { id: 12, code: "1022-2026-000012", title: "Đèn đường hỏng", categoryName: "Điện, nước", reportedAt: "2026-03-02T02:00:00Z", location: "Xã Thử", task: "Nhân viên trực", status: "AWAITING_RECEPTION", progress: null, deadline: null },
  { id: 13, code: "1022-2026-000013", title: "Ngập úng sau mưa", categoryName: "Xây dựng", reportedAt: "2026-03-03T02:00:00Z", location: "Xã Thử", task: "Xử lý chuyên ngành", status: "WAITING", progress: "NOT_DUE", deadline: "2026-03-09T02:00:00Z" },
];

function renderTable(onOpen = vi.fn(), totalExact = true) {
  render(
    <ConfigProvider locale={viVN}>
      <PaknTable rows={rows} loading={false} filters={{ page: 2, size: 20 }} total={10000} totalExact={totalExact} onChange={vi.fn()} onOpen={onOpen} />
    </ConfigProvider>,
  );
  return onOpen;
}

describe("PAKN table", { timeout: 60_000 }, () => {
  beforeEach(stubWideScreen);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows the manual's columns, numbering from the page, and coloured tags", () => {
    renderTable();
    for (const title of ["STT", "Tiêu đề", "Chuyên mục", "Ngày phản ánh", "Địa điểm phản ánh", "Công việc", "Trạng thái", "Tiến độ", "Thao tác"]) {
      expect(screen.getAllByText(title).length).toBeGreaterThan(0);
    }
    const first = screen.getByText("Rác thải ven đường").closest("tr")!;
    expect(within(first).getByText("21")).toBeTruthy();
    expect(within(first).getByText("01/03/2026")).toBeTruthy();
    expect(within(first).getByText("Đang xử lý")).toBeTruthy();
    expect(within(first).getByText("Trễ hạn")).toBeTruthy();
    // the glossary's and the manual's word, as the history and the reports write it
    expect(within(screen.getByText("Ngập úng sau mưa").closest("tr")!).getByText("Chưa đến hạn")).toBeTruthy();
  });

  it("opens a row on double click and on Enter", () => {
    const onOpen = renderTable();
    fireEvent.doubleClick(screen.getByText("Rác thải ven đường"));
    expect(onOpen).toHaveBeenLastCalledWith(rows[0]);
    const second = screen.getByText("Đèn đường hỏng").closest("tr")!;
    second.focus();
    fireEvent.keyDown(second, { key: "Enter" });
    expect(onOpen).toHaveBeenLastCalledWith(rows[1]);
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it("shows 10.000+ when the backend stopped counting", () => {
    renderTable(vi.fn(), false);
    expect(screen.getByText("Tổng số: 10.000+")).toBeTruthy();
  });

  it("on a phone keeps the title with its code, status, progress and date, and the open button", () => {
    stubMatchMedia();
    const onOpen = renderTable();
    expect(screen.queryByText("Chuyên mục")).toBeNull();
    expect(screen.queryByText("Địa điểm phản ánh")).toBeNull();
    const first = screen.getByText("Rác thải ven đường").closest("tr")!;
    expect(within(first).getByText("1022-2026-000011")).toBeTruthy();
    expect(within(first).getByText("Đang xử lý")).toBeTruthy();
    expect(within(first).getByText("Trễ hạn")).toBeTruthy();
    expect(within(first).getByText("01/03/2026")).toBeTruthy();
    fireEvent.click(within(first).getByRole("button", { name: /1022-2026-000011/ }));
    expect(onOpen).toHaveBeenLastCalledWith(rows[0]);
  });
});
