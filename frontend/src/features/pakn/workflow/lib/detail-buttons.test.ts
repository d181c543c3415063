import { describe, expect, it } from "vitest";

import { buttonLabelKey, routeAction, specialistChoices, visibleButtons } from "./detail-buttons";

describe("detail page buttons", () => {
  it("shows only 'Xem quy trình' when nothing is allowed", () => {
    expect(visibleButtons([])).toEqual(["process"]);
  });

  it("gives a specialist of the main unit the manual's bar", () => {
    const allowed = ["coordinate", "return-to-operator", "return-result", "release", "update-result", "appoint", "comment"];
    expect(visibleButtons(allowed)).toEqual(["specialist", "release", "process", "updateResult", "appoint"]);
  });

  it("shows Hẹn xử lý only where the process allows it, and a leader the decision on a pending one", () => {
    expect(visibleButtons(["update-result"])).not.toContain("appoint");
    expect(visibleButtons(["update-result", "approve-appointment", "reject-appointment"])).toEqual([
      "process",
      "updateResult",
      "approveAppointment",
      "rejectAppointment",
    ]);
    expect(buttonLabelKey("approveAppointment")).toBe("appointments.buttons.approve");
    expect(buttonLabelKey("appoint")).toBe("pakn.buttons.appoint");
  });

  it("gives an operator intake and routing, never the unit's buttons", () => {
    expect(visibleButtons(["receive", "edit", "publish", "comment"])).toEqual(["edit", "process", "receive", "publish"]);
    const routing = visibleButtons(["edit", "route", "unpublish"]);
    expect(routing).toEqual(["edit", "process", "route", "unpublish"]);
    expect(routing).not.toContain("specialist");
    expect(routing).not.toContain("updateResult");
  });

  it("shows Xác nhận hoàn thành at the result step and Phê duyệt kết quả for a leader", () => {
    expect(visibleButtons(["complete", "edit"])).toContain("complete");
    expect(visibleButtons(["approve-result", "claim"])).toEqual(["claim", "process", "approveResult"]);
  });

  it("offers in Chuyên viên thao tác only the choices the process allows", () => {
    expect(specialistChoices(["return-to-operator", "comment"])).toEqual(["return-to-operator"]);
    expect(specialistChoices(["coordinate", "return-result", "return-to-operator"])).toEqual([
      "coordinate",
      "return-to-operator",
      "return-result",
    ]);
  });

  it("routes an item sent back with reroute", () => {
    expect(routeAction(["route"])).toBe("route");
    expect(routeAction(["reroute"])).toBe("reroute");
    expect(routeAction(["receive"])).toBeUndefined();
  });
});
