import { cleanup, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import type { PaknDetail } from "../api/get-pakn";
import { renderAt, stubWideScreen } from "@/testing/render";
import { HandlerPanel } from "./pakn-panels";

// the fields the panel does not show are left out
const detail = {
  process: { id: 1, name: "Quy trình 1022" },
  step: { id: 3, code: "XU_LY_CHUYEN_NGANH", name: "Xử lý chuyên ngành", kind: "PROCESSING" },
  mainUnit: { id: 7, name: "Sở Thử nghiệm" },
  coordinatingUnits: [],
  handler: null,
  progress: "DUE_SOON",
  deadline: "2026-03-02T03:00:00Z",
  result: null,
} as unknown as PaknDetail;

function rows() {
  const panel = screen.getByText("Thông tin người xử lý").closest<HTMLElement>(".ant-card")!;
  return within(panel)
    .getAllByRole("row")
    .map((row) => row.textContent);
}

describe("HandlerPanel", () => {
  beforeEach(stubWideScreen);
  afterEach(cleanup);

  it("shows the manual's Tên, Chức vụ, Tiến độ and Hạn xử lý of the officer handling the item", () => {
    const handled = { ...detail, handler: { id: 4, name: "Chuyên viên Thử", position: "Chuyên viên", unitId: 7 } } as PaknDetail;
    renderAt("/", "/", <HandlerPanel detail={handled} resultFiles={[]} appointmentFiles={[]} />);
    expect(rows()).toEqual(
      expect.arrayContaining([
        "Xử lý chínhSở Thử nghiệm",
        "Người xử lýChuyên viên Thử",
        "Chức vụChuyên viên",
        "Tiến độSắp đến hạn",
        "Hạn xử lý02/03/2026 10:00",
      ]),
    );
  });

  it("says nobody has claimed the item rather than leaving the handler blank", () => {
    renderAt("/", "/", <HandlerPanel detail={detail} resultFiles={[]} appointmentFiles={[]} />);
    expect(rows()).toContain("Người xử lýChưa có người nhận xử lý");
    expect(rows().some((row) => row?.startsWith("Chức vụ"))).toBe(false);
  });

  it("says a draft result is neither public nor approved yet with a dash, not an empty row", () => {
    const draft = { ...detail, result: { unit: { id: 7, name: "Sở Thử nghiệm" }, content: "Đã xử lý.", published: false, approved: false } } as PaknDetail;
    renderAt("/", "/", <HandlerPanel detail={draft} resultFiles={[]} appointmentFiles={[]} />);
    expect(rows()).toContain("Kết quả—");
  });
});
