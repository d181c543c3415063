import { describe, expect, it } from "vitest";

import { MAX_FILE_BYTES, uploadRefusal } from "./upload-rules";

describe("attachment rules", () => {
  it("accepts the manual's types up to 20 MB", () => {
    expect(uploadRefusal({ type: "application/pdf", size: MAX_FILE_BYTES })).toBeNull();
    expect(uploadRefusal({ type: "image/webp", size: 1 })).toBeNull();
  });

  it("refuses other types and larger files", () => {
    expect(uploadRefusal({ type: "application/zip", size: 10 })).toBe("type");
    expect(uploadRefusal({ type: "", size: 10 })).toBe("type");
    expect(uploadRefusal({ type: "video/mp4", size: MAX_FILE_BYTES + 1 })).toBe("size");
  });
});
