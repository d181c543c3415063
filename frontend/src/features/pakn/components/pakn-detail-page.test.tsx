import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PaknDetail } from "../api/get-pakn";
import { type Call, json, problem, renderAt, stubApi, stubMatchMedia } from "@/testing/render";
import { PaknDetailPage } from "./pakn-detail-page";

// the fields this page test does not look at are left out
const detail = {
  id: 5,
  code: "1022-2026-000005",
  title: "Ô nhiễm tiếng ồn ban đêm",
  content: "Nội dung thử nghiệm",
  category: { id: 1, name: "Vệ sinh môi trường" },
  channel: { id: 1, name: "Tổng đài 1022" },
  reportedAt: "2026-03-01T02:00:00Z",
  reporter: { hidden: true, name: null, phone: null, idNumber: null, kind: null, address: null, email: null },
  identityDisclosed: false,
  published: false,
  process: { id: 1, name: "Quy trình 1022" },
  step: { id: 3, code: "XU_LY_CHUYEN_NGANH", name: "Xử lý chuyên ngành", kind: "PROCESSING" },
  status: "IN_PROGRESS",
  statusLabel: "Đang xử lý",
  mainUnit: { id: 7, name: "Sở Thử nghiệm" },
  coordinatingUnits: [
    { id: 8, name: "Sở Phối hợp A", deadline: "2026-03-02T03:00:00Z", answeredAt: null },
    { id: 9, name: "Sở Phối hợp B", deadline: "2026-03-02T03:00:00Z", answeredAt: "2026-03-01T08:00:00Z" },
  ],
  version: 3,
  createdAt: "2026-03-01T02:00:00Z",
  updatedAt: "2026-03-01T02:00:00Z",
} as unknown as PaknDetail;

const allowed = ["coordinate", "return-to-operator", "return-result", "release", "update-result", "appoint", "comment"];

function answer(releaseAnswer: () => Response) {
  return (call: Call) => {
    const route = `${call.method} ${call.path}`;
    if (route === "GET /api/v1/pakn/5") return json(detail, { headers: { ETag: '"3"' } });
    if (route === "GET /api/v1/pakn/5/actions") return json(allowed.map((action) => ({ action, label: action })));
    if (route === "POST /api/v1/pakn/5/actions/release") return releaseAnswer();
    if (call.method === "GET" && /\/(attachments|comments|history)$/.test(call.path)) return json([]);
    if (route === "GET /api/v1/units") return json([]);
    return undefined;
  };
}

const WAIT = { timeout: 10_000 };

describe("PAKN detail page", { timeout: 60_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows exactly the buttons /actions allows, and hides the reporter as Ẩn danh", async () => {
    stubApi(answer(() => json({})));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    await screen.findByText("Ô nhiễm tiếng ồn ban đêm", {}, WAIT);
    await screen.findByRole("button", { name: "Chuyên viên thao tác" }, WAIT);
    for (const name of ["Bỏ nhận xử lý", "Xem quy trình", "Cập nhật kết quả"]) expect(screen.getByRole("button", { name })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Hẹn xử lý" }).hasAttribute("disabled")).toBe(false);
    for (const name of ["Duyệt hẹn xử lý", "Từ chối hẹn xử lý", "Chỉnh sửa", "Xác nhận hoàn thành", "Tiếp nhận", "Chuyển xử lý", "Phê duyệt kết quả", "Công khai"]) {
      expect(screen.queryByRole("button", { name })).toBeNull();
    }
    expect(screen.getAllByText("Ẩn danh").length).toBeGreaterThanOrEqual(6);
    expect(screen.getByText("Sở Phối hợp A · hạn 02/03/2026 10:00")).toBeTruthy();
    expect(screen.getByText("Sở Phối hợp B · đã cho ý kiến 01/03/2026 15:00")).toBeTruthy();
    // on this phone-sized screen the panel's labels keep their width beside the long content
    expect(screen.getByText("Mã phản ánh").closest<HTMLElement>("th")!.style.width).toBe("124px");
  });

  it("sends the ETag it shows and, on stale-version, offers a reload instead of overwriting", async () => {
    const calls = stubApi(answer(() => problem(409, "stale-version", "Phản ánh đã thay đổi")));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Bỏ nhận xử lý" }, WAIT));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    fireEvent.click(within(dialog).getByRole("button", { name: "Đồng ý" }));

    await screen.findByText("Phản ánh đã được người khác thay đổi — tải lại", {}, WAIT);
    const release = calls.filter((call) => call.path === "/api/v1/pakn/5/actions/release");
    expect(release).toHaveLength(1);
    expect(release[0].ifMatch).toBe('"3"');
    const header = document.querySelector<HTMLElement>(".ant-card")!;
    expect(within(header).getByText("Bỏ nhận xử lý").closest("button")?.hasAttribute("disabled")).toBe(true);

    const loads = () => calls.filter((call) => call.method === "GET" && call.path === "/api/v1/pakn/5").length;
    const before = loads();
    fireEvent.click(screen.getByText("Tải lại"));
    await waitFor(() => expect(loads()).toBe(before + 1), WAIT);
    await waitFor(() => expect(screen.queryByText("Phản ánh đã được người khác thay đổi — tải lại")).toBeNull(), WAIT);
    expect(calls.filter((call) => call.path === "/api/v1/pakn/5/actions/release")).toHaveLength(1);
  });
});
