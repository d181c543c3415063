// Prints one closing line for the backend's tests from the XML reports of Surefire and Failsafe (the directories
// given; Maven runs quietly in `make test`).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let tests = 0;
let failed = 0;
let skipped = 0;
const reports = process.argv.slice(2).filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((name) => name.startsWith("TEST-") && name.endsWith(".xml")).map((name) => join(dir, name)));
for (const file of reports) {
  const suite = readFileSync(file, "utf8").match(/<testsuite [^>]*>/)?.[0] ?? "";
  const count = (name) => Number(suite.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  tests += count("tests");
  failed += count("failures") + count("errors");
  skipped += count("skipped");
}
// a leading newline: a test library may leave its last line unterminated
console.log(`\nbackend: ${tests - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
