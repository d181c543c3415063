import { describe, expect, it } from "vitest";

import { fileNameOf, readWithProgress } from "./download";

/** jsdom's Blob has no arrayBuffer(); its FileReader does. */
const bytesOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

describe("export download", () => {
  it("takes the server's file name from Content-Disposition", () => {
    expect(fileNameOf('attachment; filename="thong-ke-rating-20261128-1015.xlsx"', "x.xlsx")).toBe("thong-ke-rating-20261128-1015.xlsx");
    expect(fileNameOf("attachment; filename=thong-ke-list.xlsx", "x.xlsx")).toBe("thong-ke-list.xlsx");
    expect(fileNameOf(`attachment; filename="thong-ke.xlsx"; filename*=UTF-8''th%E1%BB%91ng-k%C3%AA.xlsx`, "x.xlsx")).toBe("thống-kê.xlsx");
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A; filename="plain.xlsx"`, "x.xlsx")).toBe("plain.xlsx");
    expect(fileNameOf(null, "x.xlsx")).toBe("x.xlsx");
    expect(fileNameOf("attachment", "x.xlsx")).toBe("x.xlsx");
  });

  it("reads a stream without a length, reporting the bytes received after each chunk", async () => {
    const chunks = [new Uint8Array([0x50, 0x4b, 3, 4]), new Uint8Array(1000), new Uint8Array(24)];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        chunks.forEach((chunk) => controller.enqueue(chunk));
        controller.close();
      },
    });
    const progress: number[] = [];
    const blob = await readWithProgress(body, "application/x-test", (bytes) => progress.push(bytes));
    expect(progress).toEqual([4, 1004, 1028]);
    expect(blob.size).toBe(1028);
    expect(blob.type).toBe("application/x-test");
    expect([...new Uint8Array(await bytesOf(blob)).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("stops with the stream's error when the download is cancelled", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
      },
      pull(controller) {
        controller.error(new DOMException("The operation was aborted.", "AbortError"));
      },
    });
    await expect(readWithProgress(body, "x", () => {})).rejects.toThrow("aborted");
  });
});
