import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { PaknDetail } from "../api/get-pakn";
import { type Call, chooseOption, json, problem, renderAt, stubApi, stubMatchMedia } from "@/testing/render";
import { PaknFormModal } from "./pakn-form-modal";

// the fields the form does not show are left out
const detail = {
  id: 5,
  code: "1022-2026-000005",
  title: "Ô nhiễm tiếng ồn ban đêm",
  content: "Người dân gọi tổng đài phản ánh tiếng ồn sau 22 giờ.",
  category: { id: 1, name: "Vệ sinh môi trường" },
  channel: { id: 1, name: "Tổng đài 1022" },
  reportedAt: "2026-03-01T02:00:00Z",
  reporter: { hidden: false, name: "Nguyễn Văn A", phone: "0905000000", idNumber: null, kind: "INDIVIDUAL", address: null, email: null },
  identityDisclosed: true,
  published: false,
  version: 3,
} as unknown as PaknDetail;

const WAIT = { timeout: 10_000 };

const dropped = (dialog: HTMLElement, file: File) => fireEvent.change(dialog.querySelector('input[type="file"]')!, { target: { files: [file] } });

describe("PAKN form (Tiếp nhận phản ánh / Chỉnh sửa)", { timeout: 60_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("takes the citizen's files in a drop zone and sends them as PAKN files once the item is saved", async () => {
    const calls = stubApi((call: Call) => {
      const route = `${call.method} ${call.path}`;
      if (route === "PUT /api/v1/pakn/5") return json({ ...detail, version: 4 }, { headers: { ETag: '"4"' } });
      if (route === "POST /api/v1/pakn/5/attachments") return json({ id: 11, fileName: "ghi-am-cuoc-goi.mp3", purpose: "PAKN" }, { status: 201 });
      if (call.method === "GET") return json([]);
      return undefined;
    });
    const onSaved = vi.fn();
    renderAt("/", "/", <PaknFormModal open editing={{ detail, etag: '"3"' }} onClose={() => undefined} onSaved={onSaved} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    expect(within(dialog).getByText("Tập tin đính kèm")).toBeTruthy();
    expect(
      within(dialog).getByText("Các loại tệp tin hỗ trợ: audio/mpeg, image/jpeg, image/png, image/webp, text/plain, application/pdf, video/mp4; tối đa 20 MB mỗi tệp."),
    ).toBeTruthy();

    dropped(dialog, new File(["ID3"], "ghi-am-cuoc-goi.mp3", { type: "audio/mpeg" }));
    await within(dialog).findByText("ghi-am-cuoc-goi.mp3", {}, WAIT);
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), WAIT);
    const writes = calls.filter((call) => call.method !== "GET").map((call) => `${call.method} ${call.path}`);
    expect(writes).toEqual(["PUT /api/v1/pakn/5", "POST /api/v1/pakn/5/attachments"]);
    const upload = calls.find((call) => call.path === "/api/v1/pakn/5/attachments" && call.method === "POST")!;
    expect(upload.body).toMatch(/name="file"; filename="ghi-am-cuoc-goi.mp3"\r\nContent-Type: audio\/mpeg/);
    expect(upload.body).toMatch(/name="purpose"\r\n\r\nPAKN\r\n/);
  });

  it("after intake sends the files to the new item, and names a refused one with the server's reason", async () => {
    const calls = stubApi((call: Call) => {
      const route = `${call.method} ${call.path}`;
      if (route === "POST /api/v1/pakn") return json({ ...detail, id: 6, version: 0 }, { status: 201, headers: { ETag: '"0"' } });
      if (route === "POST /api/v1/pakn/6/attachments") {
        return problem(415, "attachment-content-mismatch", "Nội dung tệp không khớp", "Nội dung tệp (image/png) không đúng với loại tệp đã khai báo (application/pdf).");
      }
      if (route === "GET /api/v1/categories") return json([{ id: 1, name: "Vệ sinh môi trường" }]);
      if (route === "GET /api/v1/channels") return json([{ id: 2, name: "Email" }]);
      if (call.method === "GET") return json([]);
      return undefined;
    });
    const onSaved = vi.fn();
    renderAt("/", "/", <PaknFormModal open onClose={() => undefined} onSaved={onSaved} />);
    const dialog = await screen.findByRole("dialog", {}, WAIT);
    fireEvent.change(within(dialog).getByLabelText("Tiêu đề"), { target: { value: "Rác thải tồn đọng" } });
    fireEvent.change(within(dialog).getByLabelText("Nội dung"), { target: { value: "Ảnh chụp và đơn gửi qua email." } });
    await chooseOption(within(dialog).getByLabelText("Chuyên mục"), "Vệ sinh môi trường");
    await chooseOption(within(dialog).getByLabelText("Hình thức tiếp nhận"), "Email");
    dropped(dialog, new File(["%PDF"], "don-kien-nghi.pdf", { type: "application/pdf" }));
    await within(dialog).findByText("don-kien-nghi.pdf", {}, WAIT);
    fireEvent.click(within(dialog).getByRole("button", { name: "Lưu" }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1), WAIT);
    expect(onSaved.mock.calls[0][0]).toMatchObject({ id: 6 });
    expect(calls.filter((call) => call.method === "POST").map((call) => call.path)).toEqual(["/api/v1/pakn", "/api/v1/pakn/6/attachments"]);
    await screen.findByText("Chưa đính kèm được các tập tin sau", {}, WAIT);
    expect(
      screen.getByText("don-kien-nghi.pdf: Nội dung tệp không khớp — Nội dung tệp (image/png) không đúng với loại tệp đã khai báo (application/pdf)."),
    ).toBeTruthy();
    expect(screen.getByText("Phản ánh đã được lưu; có thể đính kèm lại các tập tin trên bằng Chỉnh sửa.")).toBeTruthy();
  });
});
