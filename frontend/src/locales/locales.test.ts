import { describe, expect, it } from "vitest";

import en from "./en.json";
import vi from "./vi.json";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(messages: object): Map<string, string[]> {
  const flat = new Map<string, string[]>();
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "object" && value !== null) walk(value, `${prefix}${key}.`);
      else flat.set(`${prefix}${key}`, [...String(value).matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort());
    }
  };
  walk(messages, "");
  return flat;
}

describe("locales", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("use the same placeholders in both languages", () => {
    const viPlaceholders = placeholders(vi);
    for (const [key, names] of placeholders(en)) expect([key, names]).toEqual([key, viPlaceholders.get(key)]);
  });

  it("have no empty message", () => {
    const empty = (messages: object) =>
      keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
    expect(empty(vi)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
