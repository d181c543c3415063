// Prints one closing line for the backend's tests from Surefire's XML reports (Maven runs quietly in `make test`).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
let tests = 0;
let failed = 0;
let skipped = 0;
for (const file of readdirSync(dir).filter((name) => name.startsWith("TEST-") && name.endsWith(".xml"))) {
  const suite = readFileSync(join(dir, file), "utf8").match(/<testsuite [^>]*>/)?.[0] ?? "";
  const count = (name) => Number(suite.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  tests += count("tests");
  failed += count("failures") + count("errors");
  skipped += count("skipped");
}
// a leading newline: a test library may leave its last line unterminated
console.log(`\nbackend: ${tests - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
