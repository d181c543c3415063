import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { endSession, startSession } from "@/lib/auth/session";
import { type Call, json, problem, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { ListReportPage } from "./list-report-page";
import { StatusReportPage } from "./status-report-page";
import { UnitReportPage } from "./unit-report-page";

// ECharts needs a canvas, which jsdom lacks: the charts are stood in for by what the page gives them
vi.mock("./echart", () => ({
  default: ({ label, option }: { label: string; option: { series: { data: unknown[] }[] } }) => (
    <div role="img" aria-label={label} data-points={JSON.stringify(option.series.map((s) => s.data))} />
  ),
}));

const WAIT = { timeout: 10_000 };
const YEAR = String(new Date().getFullYear());

const me = (roles: string[], unitId: number) => ({
  id: 1,
  fullName: "Lê Thị Lãnh Đạo",
  phone: "+84900000001",
  email: "",
  position: "",
  passwordChangeRequired: false,
  roles,
  unit: { id: unitId, code: "STN", name: "Sở Thử Nghiệm", kind: "DEPARTMENT" },
});

const ratingRow = (unitId: number | null, unitName: string, counts: [number, number, number], percents: [number, number, number]) => ({
  unitId,
  unitName,
  total: counts[0] + counts[1] + counts[2],
  satisfied: counts[0],
  neutral: counts[1],
  dissatisfied: counts[2],
  satisfiedPercent: percents[0],
  neutralPercent: percents[1],
  dissatisfiedPercent: percents[2],
});

const ratingReport = {
  totals: ratingRow(null, "Tổng", [6, 2, 0], [75, 25, 0]),
  rows: [ratingRow(10, "Ban Dân tộc", [1, 2, 0], [33.3, 66.7, 0]), ratingRow(11, "Sở Xây dựng", [5, 0, 0], [100, 0, 0]), ratingRow(12, "Sở Y tế", [0, 0, 0], [0, 0, 0])],
};

function api(roles: string[], answers: (call: Call) => Response | undefined, unitId = 10) {
  return stubApi((call) => {
    if (call.path === "/api/v1/me") return json(me(roles, unitId));
    if (call.path === "/api/v1/units") return json([{ id: unitId, code: "STN", name: "Sở Thử Nghiệm", kind: "DEPARTMENT", parentId: null, active: true }]);
    if (call.path === "/api/v1/categories" || call.path === "/api/v1/channels") return json([]);
    return answers(call);
  });
}

// role queries walk antd's whole tree and take seconds in jsdom: plain selectors and labels instead
const bodyRows = () => [...document.querySelectorAll<HTMLElement>("tbody tr[data-row-key]")];

describe("statistics pages", { timeout: 60_000 }, () => {
  beforeEach(() => {
    stubMatchMedia();
    startSession({ accessToken: "token", passwordChangeRequired: false, expiresIn: 900, refreshToken: null, tokenType: "Bearer" });
  });
  afterEach(() => {
    cleanup();
    endSession("logged-out");
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("Đánh giá: the manual's table with shares, a totals row, sortable columns and the charts", async () => {
    const calls = api(["OPERATOR"], (call) => (call.path === "/api/v1/statistics/rating" ? json(ratingReport) : undefined));
    renderAt("/statistics/rating", "/statistics/rating?channelId=3", <UnitReportPage kind="rating" />);

    await screen.findByText("Ban Dân tộc", {}, WAIT);
    const query = calls.find((call) => call.path === "/api/v1/statistics/rating")!.query;
    expect(query.get("from")).toBe(`${YEAR}-01-01`);
    expect(query.get("channelId")).toBe("3");
    expect(query.get("unitId")).toBeNull();

    for (const header of ["STT", "Đơn vị", "Tổng", "Đánh giá", "Tỷ lệ"]) expect(screen.getAllByText(header).length).toBeGreaterThan(0);
    expect(screen.getAllByText("Hài lòng").length).toBeGreaterThanOrEqual(2);
    const first = within(bodyRows()[0]);
    expect(first.getByText("33,3 %")).toBeTruthy();
    expect(first.getByText("66,7 %")).toBeTruthy();
    const totals = within(screen.getByText("Tổng cộng").closest("tr")!);
    expect(totals.getByText("8")).toBeTruthy();
    expect(totals.getByText("75,0 %")).toBeTruthy();

    const bars = await screen.findByLabelText("Theo đơn vị", {}, WAIT);
    // units without a rating are left out of the bars; the table keeps them
    expect(JSON.parse(bars.getAttribute("data-points")!)).toEqual([[5, 1], [0, 2], [0, 0]]);
    expect(screen.getByLabelText("Tỷ lệ")).toBeTruthy();
    expect(screen.getByText("Sở Y tế")).toBeTruthy();

    fireEvent.click(screen.getAllByText("Tổng")[0]);
    await waitFor(() => expect(within(bodyRows()[0]).queryByText("Sở Xây dựng")).not.toBeNull(), WAIT);
    expect(within(bodyRows()[0]).getByText("1")).toBeTruthy();
  });

  it("forces a leader's own unit, whatever the URL asks, and disables the unit picker", async () => {
    const calls = api(["LEADER"], (call) => (call.path === "/api/v1/statistics/progress" ? json({ totals: { unitId: null, unitName: "", total: 0, onTime: 0, late: 0, extended: 0, onTimePercent: 0, latePercent: 0, extendedPercent: 0 }, rows: [] }) : undefined), 42);
    renderAt("/statistics/progress", "/statistics/progress?unitId=7&from=2026-01-01&to=2026-03-31", <UnitReportPage kind="progress" />);

    await screen.findByText("Không có phản ánh nào trong kỳ và bộ lọc đã chọn", {}, WAIT);
    const requests = calls.filter((call) => call.path === "/api/v1/statistics/progress");
    expect(requests.map((call) => call.query.get("unitId"))).toEqual(["42"]);
    expect(requests[0].query.get("to")).toBe("2026-03-31");
    expect(screen.getByText("Thống kê theo tiến độ")).toBeTruthy();
    expect(document.querySelector(".ant-select-disabled")).not.toBeNull();
  });

  it("shows the backend's problem and retries on demand", async () => {
    let attempts = 0;
    api(["OPERATOR"], (call) => {
      if (call.path !== "/api/v1/statistics/identity") return undefined;
      attempts += 1;
      return attempts === 1 ? problem(403, "statistics-not-your-unit", "Không được xem thống kê của đơn vị khác") : json({ totals: { unitId: null, unitName: "", total: 1, disclosed: 1, anonymous: 0, disclosedPercent: 100, anonymousPercent: 0 }, rows: [{ unitId: 3, unitName: "Sở Nội vụ", total: 1, disclosed: 1, anonymous: 0, disclosedPercent: 100, anonymousPercent: 0 }] });
    });
    renderAt("/statistics/identity", "/statistics/identity", <UnitReportPage kind="identity" />);

    await screen.findByText("Không được xem thống kê của đơn vị khác", {}, WAIT);
    fireEvent.click(screen.getByText("Thử lại"));
    await screen.findByText("Sở Nội vụ", {}, WAIT);
    expect(screen.getAllByText("Xác định").length).toBeGreaterThan(0);
  });

  it("Trạng thái: the donut, channels × statuses and main units × statuses with totals, the weekly trend", async () => {
    const labels = { AWAITING_RECEPTION: "Chờ tiếp nhận", WAITING: "Chờ xử lý", IN_PROGRESS: "Đang xử lý", APPOINTED: "Hẹn xử lý", COMPLETED: "Hoàn thành" };
    const byStatus = Object.entries(labels).map(([status, label], index) => ({ status, label, count: index === 4 ? 3 : index === 1 ? 1 : 0, percent: index === 4 ? 75 : index === 1 ? 25 : 0 }));
    api(["PROVINCE_OFFICE"], (call) =>
      call.path === "/api/v1/statistics/status"
        ? json({
            total: 4,
            byStatus,
            byChannel: [
              { channelId: 1, channelName: "Tổng đài 1022", total: 3, counts: [{ status: "COMPLETED", label: "Hoàn thành", count: 3 }] },
              { channelId: 2, channelName: "Zalo", total: 1, counts: [{ status: "WAITING", label: "Chờ xử lý", count: 1 }] },
            ],
            byUnit: [
              { unitId: null, unitName: "Chưa giao đơn vị", total: 1, counts: [{ status: "WAITING", label: "Chờ xử lý", count: 1 }] },
              { unitId: 7, unitName: "Sở Xây dựng", total: 3, counts: [{ status: "COMPLETED", label: "Hoàn thành", count: 3 }] },
            ],
            byWeek: [{ weekStart: `${YEAR}-03-02`, count: 4 }],
          })
        : undefined,
    );
    renderAt("/statistics/status", "/statistics/status", <StatusReportPage />);

    await screen.findByText("Zalo", {}, WAIT);
    expect(screen.getByText("75,0 %")).toBeTruthy();
    expect(screen.getByText("100,0 %")).toBeTruthy();
    for (const name of ["Theo trạng thái", "Theo hình thức tiếp nhận", "Theo đơn vị xử lý chính", "Số phản ánh theo tuần"]) {
      expect(screen.getByLabelText(name)).toBeTruthy();
    }
    expect(screen.getByText("Sở Xây dựng").closest("tr")!.textContent).toBe("2Sở Xây dựng300003");
    expect(screen.getByText("Chưa giao đơn vị").closest("tr")!.textContent).toBe("1Chưa giao đơn vị101000");
    const columnTotals = screen.getAllByText("Tổng cộng").map((cell) => cell.closest("tr")!.textContent);
    expect(columnTotals.filter((row) => row === "Tổng cộng401003")).toHaveLength(2);
  });

  it("Danh sách: the manual's columns, paged and sorted by the API; a double click opens the PAKN", async () => {
    const calls = api(["OPERATOR"], (call) =>
      call.path === "/api/v1/statistics/list"
        ? json({
            items: [
              {
                id: 77, code: "1022-2026-000077", reporterName: "Nguyễn Văn Thử", reporterPhone: "+84900000002", reportedUnitName: null,
                title: "Đèn đường hỏng", locationText: "Phường Thử", reportedAt: `${YEAR}-05-07T02:00:00Z`, categoryName: "Giao thông",
                channelName: "Tổng đài 1022", identityDisclosed: false, status: "WAITING", statusLabel: "Chờ xử lý", mainUnitName: "Sở Xây dựng",
                deadline: null, progress: null, progressLabel: null, completedAt: null, rating: null, ratingLabel: null,
              },
            ],
            page: 1, size: 20, total: 21, totalExact: true,
          })
        : undefined,
    );
    renderAt("/statistics/list", "/statistics/list?page=2&size=20&status=WAITING&sort=-title", <ListReportPage />);

    await screen.findByText("Đèn đường hỏng", {}, WAIT);
    const query = calls.find((call) => call.path === "/api/v1/statistics/list")!.query;
    expect([query.get("page"), query.get("size"), query.get("status"), query.get("sort")]).toEqual(["2", "20", "WAITING", "-title"]);
    for (const header of ["Người phản ánh", "Số điện thoại", "Đơn vị bị phản ánh", "Tiêu đề", "Địa điểm", "Ngày tạo phản ánh", "Chuyên mục", "Hình thức tiếp nhận", "Định danh", "Trạng thái"]) {
      expect(screen.getAllByText(header).length).toBeGreaterThan(0);
    }
    const row = screen.getByText("Đèn đường hỏng").closest("tr")!;
    expect(within(row).getByText("21")).toBeTruthy();
    expect(within(row).getByText("Ẩn danh")).toBeTruthy();
    expect(within(row).getByText("07/05/" + YEAR)).toBeTruthy();

    fireEvent.doubleClick(row);
    await waitFor(() => expect(screen.queryByText("Đèn đường hỏng")).toBeNull(), WAIT);
  });

  it("Xuất Excel streams the file with the token, shows the bytes received, saves it under the server's name", async () => {
    const saved: { name: string; size: number }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, size: 0 });
    });
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL: vi.fn(() => "blob:x"), revokeObjectURL: vi.fn() }));
    let release: () => void = () => {};
    let exportRequest: Call | undefined;
    api(["OPERATOR"], (call) => {
      if (call.path === "/api/v1/statistics/rating") return json(ratingReport);
      if (call.path !== "/api/v1/statistics/rating/export") return undefined;
      exportRequest = call;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new Uint8Array(2048).fill(0x50));
          release = () => controller.close();
        },
      });
      return new Response(body, {
        headers: {
          "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "Content-Disposition": 'attachment; filename="thong-ke-rating-20261128-1015.xlsx"',
        },
      });
    });
    const answer = globalThis.fetch;
    let authorization: string | null = null;
    vi.stubGlobal("fetch", (request: Request) => {
      if (request.url.includes("/export")) authorization = request.headers.get("Authorization");
      return answer(request);
    });
    renderAt("/statistics/rating", "/statistics/rating?categoryId=4", <UnitReportPage kind="rating" />);
    await screen.findByText("Ban Dân tộc", {}, WAIT);

    fireEvent.click(screen.getByText("Xuất Excel"));
    await screen.findByText("Đang xuất Excel: đã nhận 2 KB", {}, WAIT);
    expect(exportRequest?.query.get("categoryId")).toBe("4");
    expect(authorization).toBe("Bearer token");
    expect(screen.getByText("Hủy")).toBeTruthy();
    release();
    await screen.findByText("Đã tải xuống thong-ke-rating-20261128-1015.xlsx", {}, WAIT);
    expect(saved.map((file) => file.name)).toEqual(["thong-ke-rating-20261128-1015.xlsx"]);
    expect(screen.getByText("Xuất Excel")).toBeTruthy();
  });

  it("Hủy cancels a running export and saves nothing", async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    stubApi((call) => {
      if (call.path === "/api/v1/me") return json(me(["OPERATOR"], 1));
      if (call.path === "/api/v1/statistics/rating") return json(ratingReport);
      if (call.path === "/api/v1/statistics/rating/export") {
        return new Response(new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new Uint8Array(10)) }));
      }
      return json([]);
    });
    // the stub ignores the signal, as a slow network would: the abort must still end the read
    const fetchStub = globalThis.fetch;
    vi.stubGlobal("fetch", async (request: Request) => {
      const response = await fetchStub(request);
      if (!request.url.includes("/export")) return response;
      const reader = response.body!.getReader();
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (request.signal.aborted) return controller.error(new DOMException("aborted", "AbortError"));
          const next = await Promise.race([reader.read(), new Promise<null>((resolve) => request.signal.addEventListener("abort", () => resolve(null)))]);
          if (next === null) controller.error(new DOMException("aborted", "AbortError"));
          else if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
      return new Response(body, { headers: response.headers });
    });
    renderAt("/statistics/rating", "/statistics/rating", <UnitReportPage kind="rating" />);
    await screen.findByText("Ban Dân tộc", {}, WAIT);

    fireEvent.click(screen.getByText("Xuất Excel"));
    fireEvent.click(await screen.findByText("Hủy", {}, WAIT));
    await screen.findByText("Đã hủy xuất Excel", {}, WAIT);
    expect(click).not.toHaveBeenCalled();
  });
});
