import { describe, expect, it } from "vitest";

import { placeholders, unknownPlaceholders } from "./placeholders";

describe("template placeholders", () => {
  it("lists each placeholder once, in order", () => {
    expect(placeholders("{actor} chuyển phản ánh {code} \"{title}\" ({code})")).toEqual(["actor", "code", "title"]);
    expect(placeholders("Không có giá trị nào")).toEqual([]);
  });

  it("finds the placeholders the original template did not offer", () => {
    expect(unknownPlaceholders("{actor} {code}", "{code} cho {nguoiNhan} từ {actor}")).toEqual(["nguoiNhan"]);
    expect(unknownPlaceholders("{actor} {code}", "{code}")).toEqual([]);
  });
});
