import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PaknDetail } from "../api/get-pakn";
import { type Call, chooseOption, json, problem, renderAt, stubApi, stubMatchMedia } from "@/testing/render";
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

const unit = (id: number, name: string, code: string) => ({ id, name, code, active: true, kind: "DEPARTMENT", parentId: null });
const units = [unit(7, "Sở Thử nghiệm", "STN"), unit(8, "Sở Phối hợp A", "SPA"), unit(9, "Sở Phối hợp B", "SPB"), unit(10, "Sở Phối hợp C", "SPC")];

const allowed = ["coordinate", "return-to-operator", "return-result", "release", "update-result", "appoint", "comment"];

/** The backend's If-Match check on the item; `changeBySomeoneElse` stands for another officer's comment landing first. */
function versionedItem() {
  const item = {
    version: 3,
    changeBySomeoneElse: () => {
      item.version += 1;
    },
    perform: (call: Call) => {
      if (call.ifMatch !== `"${item.version}"`) return problem(409, "stale-version", "Phản ánh đã thay đổi");
      item.version += 1;
      return json({ id: 5, status: "IN_PROGRESS", stepId: 3, stepName: "Xử lý chuyên ngành", version: item.version });
    },
  };
  return item;
}

/** `upload` answers POST …/attachments; by default every file is attached. */
function answer(item = versionedItem(), shown: PaknDetail = detail, upload: (call: Call) => Response = () => json({ id: 1 }, { status: 201 })) {
  return (call: Call) => {
    const route = `${call.method} ${call.path}`;
    if (route === "POST /api/v1/pakn/5/attachments") return upload(call);
    if (route === "GET /api/v1/pakn/5") return json({ ...shown, version: item.version }, { headers: { ETag: `"${item.version}"` } });
    if (route === "GET /api/v1/pakn/5/actions") return json(allowed.map((action) => ({ action, label: action })));
    if (call.method === "POST" && call.path.startsWith("/api/v1/pakn/5/actions/")) return item.perform(call);
    if (call.method === "GET" && /\/(attachments|comments|history)$/.test(call.path)) return json([]);
    if (route === "GET /api/v1/units") return json(units);
    return undefined;
  };
}

const CONFLICT = "Phản ánh đã được người khác thay đổi — tải lại";

const fileName = (call: Call) => call.body.match(/filename="([^"]+)"/)?.[1];

const WAIT = { timeout: 10_000 };

describe("PAKN detail page", { timeout: 60_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("shows exactly the buttons /actions allows, and hides the reporter as Ẩn danh", async () => {
    stubApi(answer());
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

  it("sends the ETag it shows and, on stale-version, says someone else changed the item and reloads it instead of overwriting", async () => {
    const item = versionedItem();
    const calls = stubApi(answer(item));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Bỏ nhận xử lý" }, WAIT));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const loads = () => calls.filter((call) => call.method === "GET" && call.path === "/api/v1/pakn/5").length;
    const before = loads();
    item.changeBySomeoneElse();
    fireEvent.click(within(dialog).getByRole("button", { name: "Đồng ý" }));

    await screen.findByText(CONFLICT, {}, WAIT);
    const release = calls.filter((call) => call.path === "/api/v1/pakn/5/actions/release");
    expect(release).toHaveLength(1);
    expect(release[0].ifMatch).toBe('"3"');
    expect(loads()).toBe(before + 1);
    const header = document.querySelector<HTMLElement>(".ant-card")!;
    await waitFor(() => expect(within(header).getByText("Bỏ nhận xử lý").closest("button")?.hasAttribute("disabled")).toBe(false), WAIT);
    expect(calls.filter((call) => call.path === "/api/v1/pakn/5/actions/release")).toHaveLength(1);
  });

  it("keeps Cập nhật kết quả open with the typed result on stale-version, and the next press sends the reloaded version", async () => {
    const item = versionedItem();
    const draft = { unit: { id: 7, name: "Sở Thử nghiệm" }, content: "Bản nháp", published: false, approved: false };
    const calls = stubApi(answer(item, { ...detail, result: draft } as PaknDetail));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Cập nhật kết quả" }, WAIT));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const content = within(dialog).getByLabelText<HTMLTextAreaElement>("Nội dung");
    const typed = "Đơn vị đã kiểm tra hiện trường, lập biên bản và yêu cầu cơ sở chấm dứt gây tiếng ồn sau 22 giờ.\n".repeat(20);
    fireEvent.change(content, { target: { value: typed } });
    item.changeBySomeoneElse();
    const update = within(dialog).getByRole("button", { name: "Cập nhật" });
    fireEvent.click(update);

    await screen.findByText(CONFLICT, {}, WAIT);
    await waitFor(() => expect(update.classList.contains("ant-btn-loading")).toBe(false), WAIT);
    expect(screen.getByRole("dialog")).toBe(dialog);
    expect(content.value).toBe(typed);

    fireEvent.click(update);
    await screen.findByText("Đã thực hiện: Cập nhật kết quả", {}, WAIT);
    const sent = calls.filter((call) => call.path === "/api/v1/pakn/5/actions/update-result");
    expect(sent.map((call) => call.ifMatch)).toEqual(['"3"', '"4"']);
    expect(JSON.parse(sent[1].body)).toMatchObject({ resultUnitId: 7, resultContent: typed.trim() });
  });

  it("keeps the typed Ý kiến xử lý on stale-version and sends it on the reloaded version", async () => {
    const item = versionedItem();
    const calls = stubApi(answer(item));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    const comment = await screen.findByLabelText<HTMLTextAreaElement>("Thêm ý kiến xử lý", {}, WAIT);
    fireEvent.change(comment, { target: { value: "Đề nghị Sở Phối hợp A cử cán bộ cùng kiểm tra." } });
    item.changeBySomeoneElse();
    fireEvent.click(screen.getByRole("button", { name: "Gửi ý kiến" }));

    await screen.findByText(CONFLICT, {}, WAIT);
    await waitFor(() => expect(screen.getByRole("button", { name: "Gửi ý kiến" }).classList.contains("ant-btn-loading")).toBe(false), WAIT);
    expect(screen.getByLabelText<HTMLTextAreaElement>("Thêm ý kiến xử lý").value).toBe("Đề nghị Sở Phối hợp A cử cán bộ cùng kiểm tra.");

    fireEvent.click(screen.getByRole("button", { name: "Gửi ý kiến" }));
    await screen.findByText("Đã thực hiện: Ý kiến xử lý", {}, WAIT);
    expect(calls.filter((call) => call.path === "/api/v1/pakn/5/actions/comment").map((call) => call.ifMatch)).toEqual(['"3"', '"4"']);
    await waitFor(() => expect(screen.getByLabelText<HTMLTextAreaElement>("Thêm ý kiến xử lý").value).toBe(""), WAIT);
  });

  it("starts Phối hợp xử lý from the item's main and coordinating units, so that adding one keeps the others, also across a reload", async () => {
    const item = versionedItem();
    const calls = stubApi(answer(item));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Chuyên viên thao tác" }, WAIT));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const chosen = () => [...dialog.querySelectorAll(".ant-select-selection-item")].map((element) => element.getAttribute("title"));
    await waitFor(() => expect(chosen()).toEqual(["Sở Thử nghiệm (STN)", "Sở Phối hợp A", "Sở Phối hợp B"]), WAIT);

    await chooseOption(within(dialog).getByLabelText("Xử lý phối hợp chuyên viên"), "Sở Phối hợp C");
    await waitFor(() => expect(chosen()).toEqual(["Sở Thử nghiệm (STN)", "Sở Phối hợp A", "Sở Phối hợp B", "Sở Phối hợp C"]), WAIT);
    item.changeBySomeoneElse();
    const agree = within(dialog).getByRole("button", { name: "Đồng ý" });
    fireEvent.click(agree);
    await screen.findByText(CONFLICT, {}, WAIT);
    await waitFor(() => expect(agree.classList.contains("ant-btn-loading")).toBe(false), WAIT);
    expect(chosen()).toEqual(["Sở Thử nghiệm (STN)", "Sở Phối hợp A", "Sở Phối hợp B", "Sở Phối hợp C"]);

    fireEvent.click(agree);
    await screen.findByText("Đã thực hiện: Phối hợp xử lý", {}, WAIT);
    const sent = calls.filter((call) => call.path === "/api/v1/pakn/5/actions/coordinate");
    expect(sent.map((call) => call.ifMatch)).toEqual(['"3"', '"4"']);
    expect(JSON.parse(sent[1].body)).toMatchObject({ mainUnitId: 7, coordinatingUnitIds: [8, 9, 10] });
  });

  it("keeps Cập nhật kết quả open when a file is refused, names it with the server's reason, and the next press sends only that file", async () => {
    const draft = { unit: { id: 7, name: "Sở Thử nghiệm" }, content: "Đã kiểm tra hiện trường.", published: false, approved: false };
    let refuseJpeg = true;
    const calls = stubApi(
      answer(versionedItem(), { ...detail, result: draft } as PaknDetail, (call) =>
        refuseJpeg && fileName(call) === "hien-truong.jpg"
          ? problem(415, "attachment-content-mismatch", "Nội dung tệp không khớp", "Nội dung tệp (text/plain) không đúng với loại tệp đã khai báo (image/jpeg).")
          : json({ id: 1 }, { status: 201 }),
      ),
    );
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    fireEvent.click(await screen.findByRole("button", { name: "Cập nhật kết quả" }, WAIT));
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    const files = [new File(["%PDF"], "bien-ban.pdf", { type: "application/pdf" }), new File(["?"], "hien-truong.jpg", { type: "image/jpeg" })];
    fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files } });
    await within(dialog).findByText("hien-truong.jpg", {}, WAIT);
    const update = within(dialog).getByRole("button", { name: "Cập nhật" });
    fireEvent.click(update);

    await screen.findByText("Chưa đính kèm được các tập tin sau", {}, WAIT);
    expect(
      screen.getByText("hien-truong.jpg: Nội dung tệp không khớp — Nội dung tệp (text/plain) không đúng với loại tệp đã khai báo (image/jpeg)."),
    ).toBeTruthy();
    expect(screen.getByText("Đã thực hiện: Cập nhật kết quả. Các tập tin trên vẫn còn trong danh sách để gửi lại.")).toBeTruthy();
    await waitFor(() => expect(update.classList.contains("ant-btn-loading")).toBe(false), WAIT);
    expect(screen.queryByText("Đã thực hiện: Cập nhật kết quả")).toBeNull();
    expect(screen.getByRole("dialog")).toBe(dialog);
    expect(within(dialog).getByText("hien-truong.jpg")).toBeTruthy();

    refuseJpeg = false;
    fireEvent.click(update);
    await screen.findByText("Đã thực hiện: Cập nhật kết quả", {}, WAIT);
    expect(calls.filter((call) => call.path === "/api/v1/pakn/5/actions/update-result")).toHaveLength(1);
    const uploads = calls.filter((call) => call.method === "POST" && call.path === "/api/v1/pakn/5/attachments");
    expect(uploads.map(fileName)).toEqual(["bien-ban.pdf", "hien-truong.jpg", "hien-truong.jpg"]);
    expect(uploads.every((call) => /name="purpose"\r\n\r\nRESULT\r\n/.test(call.body))).toBe(true);
  });

  it("shows the citizen's files under Thông tin phản ánh, the result's beside the result and the appointment's as Tập tin hẹn xử lý", async () => {
    const file = (id: number, fileName: string, purpose: string) => ({ id, paknId: 5, fileName, purpose, contentType: "application/pdf", sizeBytes: 1 });
    const attachments = [
      file(1, "anh-hien-truong.jpg", "PAKN"),
      file(2, "cong-van-tra-loi.pdf", "RESULT"),
      file(3, "phieu-hen.pdf", "APPOINTMENT"),
      file(4, "y-kien.docx", "COMMENT"),
    ];
    const draft = { unit: { id: 7, name: "Sở Thử nghiệm" }, content: "Đã kiểm tra hiện trường.", published: false, approved: false };
    const others = answer(versionedItem(), { ...detail, result: draft } as PaknDetail);
    stubApi((call) => (call.method === "GET" && call.path === "/api/v1/pakn/5/attachments" ? json(attachments) : others(call)));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    await screen.findByText("anh-hien-truong.jpg", {}, WAIT);

    const info = screen.getByText("Thông tin phản ánh").closest<HTMLElement>(".ant-card")!;
    const handler = screen.getByText("Thông tin người xử lý").closest<HTMLElement>(".ant-card")!;
    const row = (label: string) => within(handler).getByText(label).closest("tr")!;
    expect(within(info).getByText("Tập tin đính kèm").closest("tr")!.textContent).toBe("Tập tin đính kèmanh-hien-truong.jpg");
    expect(row("Tập tin kết quả").textContent).toBe("Tập tin kết quảcong-van-tra-loi.pdf");
    expect(row("Tập tin kết quả").previousElementSibling!.textContent).toBe("Nội dungĐã kiểm tra hiện trường.");
    expect(row("Tập tin hẹn xử lý").textContent).toBe("Tập tin hẹn xử lýphieu-hen.pdf");
    expect(within(handler).queryByText("anh-hien-truong.jpg")).toBeNull();
    // an opinion's file stays with its opinion, in Ý kiến xử lý
    for (const panel of [info, handler]) expect(within(panel).queryByText("y-kien.docx")).toBeNull();
  });

  it("links the item's coordinates to OpenStreetMap in a new tab", async () => {
    stubApi(answer(versionedItem(), { ...detail, latitude: 13.98365, longitude: 108.00312 } as PaknDetail));
    renderAt("/pakn/:id", "/pakn/5", <PaknDetailPage />);
    const link = await screen.findByRole("link", { name: "Xem bản đồ" }, WAIT);
    expect(link.closest("td")!.textContent).toContain("13.98365, 108.00312");
    expect(link.getAttribute("href")).toBe("https://www.openstreetmap.org/?mlat=13.98365&mlon=108.00312#map=17/13.98365/108.00312");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });
});
