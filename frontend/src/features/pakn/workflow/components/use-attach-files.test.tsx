import { cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { type Call, json, renderAt, stubApi, stubMatchMedia } from "@/testing/render";

import { useHistory } from "../api/get-workflow";
import { useAttachFiles } from "./use-attach-files";

const WAIT = { timeout: 10_000 };
const count = (calls: Call[], route: string) => calls.filter((call) => `${call.method} ${call.path}` === route).length;

/** As on the detail page: Lịch sử is loaded while files are sent. */
function Attach() {
  const history = useHistory(5);
  const { attach } = useAttachFiles();
  const file = new File(["%PDF"], "bien-ban.pdf", { type: "application/pdf" });
  return (
    <button disabled={history.isPending} onClick={() => void attach({ paknId: 5, files: [file], purpose: "RESULT", saved: "" })}>
      Gửi
    </button>
  );
}

describe("useAttachFiles", () => {
  beforeEach(stubMatchMedia);
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("reloads Lịch sử once the files are attached: each upload writes an entry", async () => {
    const calls = stubApi((call) => {
      const route = `${call.method} ${call.path}`;
      if (route === "GET /api/v1/pakn/5/history") return json([]);
      if (route === "POST /api/v1/pakn/5/attachments") return json({ id: 1 }, { status: 201 });
      return undefined;
    });
    renderAt("/", "/", <Attach />);
    const send = await screen.findByRole("button", { name: "Gửi" }, WAIT);
    await waitFor(() => expect((send as HTMLButtonElement).disabled).toBe(false), WAIT);
    expect(count(calls, "GET /api/v1/pakn/5/history")).toBe(1);

    fireEvent.click(send);

    await waitFor(() => expect(count(calls, "POST /api/v1/pakn/5/attachments")).toBe(1), WAIT);
    await waitFor(() => expect(count(calls, "GET /api/v1/pakn/5/history")).toBe(2), WAIT);
  });
});
