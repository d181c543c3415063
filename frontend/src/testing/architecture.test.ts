import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

import { describe, expect, it } from "vitest";

const SRC = resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, "utf8").matchAll(/from "(@\/[^"]+)"/g)].map((match) => match[1]);

/** bulletproof-react's one-way flow: shared code (components, lib, config, locales) → features → app. */
describe("architecture", () => {
  const files = sourceFiles(SRC).map((file) => ({ file: relative(SRC, file), imports: imports(file) }));

  it("keeps features apart", () => {
    const crossings = files.flatMap(({ file, imports }) => {
      const own = file.match(/^features\/([^/]+)\//)?.[1];
      return own ? imports.filter((i) => i.startsWith("@/features/") && !i.startsWith(`@/features/${own}/`)).map((i) => `${file} → ${i}`) : [];
    });
    expect(crossings).toEqual([]);
  });

  it("keeps shared code free of features and app", () => {
    const upward = files.flatMap(({ file, imports }) =>
      /^(components|lib|config|locales|testing)\//.test(file)
        ? imports.filter((i) => i.startsWith("@/features/") || i.startsWith("@/app/")).map((i) => `${file} → ${i}`)
        : [],
    );
    expect(upward).toEqual([]);
  });

  it("keeps features free of app", () => {
    const upward = files.flatMap(({ file, imports }) =>
      file.startsWith("features/") ? imports.filter((i) => i.startsWith("@/app/")).map((i) => `${file} → ${i}`) : [],
    );
    expect(upward).toEqual([]);
  });

  it("uses kebab-case file names", () => {
    expect(files.map(({ file }) => file).filter((file) => !/^[a-z0-9/.-]+$/.test(file))).toEqual([]);
  });
});
