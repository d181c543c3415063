import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { type Attachment, useAttachments } from "@/features/pakn/api/attachments";
import { type Call, json, problem, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { useHistory } from "../api/get-workflow";
import { AttachmentLinks } from "./attachment-links";

const WAIT = { timeout: 10_000 };

const file = (id: number, fileName: string, removable: boolean): Attachment => ({
  id,
  paknId: 5,
  purpose: "RESULT",
  fileName,
  contentType: "application/pdf",
  sizeBytes: 1024,
  uploadedBy: 3,
  uploadedAt: "2026-03-01T02:00:00Z",
  removable,
});

/** As on the detail page: the item's files and its history, loaded by their queries. */
function Files() {
  useHistory(5);
  return <AttachmentLinks attachments={useAttachments(5).data ?? []} />;
}

/** The item's files until the DELETE of file 2 is answered by `remove`; after a 204 only file 1 is left. */
function serve(remove: (call: Call) => Response) {
  let files = [file(1, "biên bản.pdf", false), file(2, "CCCD nhầm.pdf", true)];
  return stubApi((call) => {
    const route = `${call.method} ${call.path}`;
    if (route === "GET /api/v1/pakn/5/attachments") return json(files);
    if (route === "GET /api/v1/pakn/5/history") return json([]);
    if (route === "DELETE /api/v1/attachments/2") {
      const answer = remove(call);
      if (answer.ok) files = files.filter((f) => f.id !== 2);
      return answer;
    }
    return undefined;
  });
}

const count = (calls: Call[], route: string) => calls.filter((call) => `${call.method} ${call.path}` === route).length;

describe("AttachmentLinks", { timeout: 60_000 }, () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("offers Gỡ tập tin only for removable files, and after confirming removes it for the list and the history", async () => {
    const calls = serve(() => new Response(null, { status: 204 }));
    renderAt("/files", "/files", <Files />);
    await screen.findByText("CCCD nhầm.pdf", {}, WAIT);
    expect(screen.queryByRole("button", { name: "Gỡ tập tin biên bản.pdf" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Gỡ tập tin CCCD nhầm.pdf" }));
    await screen.findByText("Gỡ tập tin “CCCD nhầm.pdf”?", {}, WAIT);
    expect(screen.getByText(/Lịch sử vẫn giữ tên tập tin/)).toBeTruthy();
    expect(count(calls, "DELETE /api/v1/attachments/2")).toBe(0);
    const historyLoads = count(calls, "GET /api/v1/pakn/5/history");
    fireEvent.click(screen.getByRole("button", { name: "Gỡ" }));

    await screen.findByText("Đã gỡ tập tin", {}, WAIT);
    expect(count(calls, "DELETE /api/v1/attachments/2")).toBe(1);
    await waitFor(() => expect(screen.queryByText("CCCD nhầm.pdf")).toBeNull(), WAIT);
    expect(screen.getByText("biên bản.pdf")).toBeTruthy();
    expect(count(calls, "GET /api/v1/pakn/5/history")).toBe(historyLoads + 1);
  });

  it("shows the server's problem when it refuses, and keeps the file", async () => {
    serve(() => problem(409, "attachment-pakn-completed", "Phản ánh đã hoàn thành", "Không thể gỡ tập tin của phản ánh đã hoàn thành."));
    renderAt("/files", "/files", <Files />);
    fireEvent.click(await screen.findByRole("button", { name: "Gỡ tập tin CCCD nhầm.pdf" }, WAIT));
    fireEvent.click(await screen.findByRole("button", { name: "Gỡ" }, WAIT));

    await screen.findByText("Phản ánh đã hoàn thành", {}, WAIT);
    expect(screen.getByText("Không thể gỡ tập tin của phản ánh đã hoàn thành.")).toBeTruthy();
    expect(screen.getByText("CCCD nhầm.pdf")).toBeTruthy();
  });
});
