import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { generateSchema } from "../../../scripts/generate-schema.mjs";

describe("generated API types", () => {
  it("match openapi.json (run `npm run gen:api` when this fails)", async () => {
    const here = resolve(__dirname);
    const document = JSON.parse(readFileSync(resolve(here, "openapi.json"), "utf8"));
    const expected = await generateSchema(document);
    expect(readFileSync(resolve(here, "schema.d.ts"), "utf8")).toBe(expected);
  });
});
