// Copies the backend's build-time OpenAPI document (or the file given as the first argument) into
// src/lib/api/openapi.json and regenerates src/lib/api/schema.d.ts from it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSchema } from "./generate-schema.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(root, "src/lib/api/openapi.json");
const source = resolve(root, process.argv[2] ?? "../backend/target/openapi/openapi.json");

if (existsSync(source)) {
  const document = JSON.parse(readFileSync(source, "utf8"));
  writeFileSync(target, JSON.stringify(document, null, 2) + "\n");
  console.log(`openapi.json copied from ${source}`);
} else {
  console.warn(`${source} not found (build the backend first); regenerating from the checked-in openapi.json`);
}
const schema = await generateSchema(JSON.parse(readFileSync(target, "utf8")));
writeFileSync(resolve(root, "src/lib/api/schema.d.ts"), schema);
console.log("src/lib/api/schema.d.ts written");
