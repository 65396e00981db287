// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 civiq contributors
// An OpenAPI document of civiq (the branch API: shared/protocol/openapi.cpp; central booking's:
// shared/protocol/booking_openapi.cpp), checked from outside C++:
//  1. the committed copy (docs/openapi.json) is byte for byte what `SERVER --print-openapi` prints
//     (else it is stale);
//  2. the document is valid OpenAPI 3.1 for a real validator (@seriousme/openapi-schema-validator),
//     and every component is valid JSON Schema 2020-12 for strict ajv;
//  3. it describes exactly the routes the server registers (--print-routes), and besides them only
//     paths under CIVIQ_PAGES_PREFIX (pages a server serves outside its route table);
//  4. the JSON examples of the API's page (docs/api.md) validate: in each route's section, fenced
//     ```json blocks and inline `{...}` spans. An example right after "body"/"Body" (a colon may
//     follow; or "and/or" after such one) is a
//     request body, any other a reply, checked against the route's success reply. Examples
//     abbreviated with "…" or "a | b" are not JSON and are skipped; at least 8 must be checked.
// Usage: CIVIQ_SERVER=build/ci/server/civiq-server node tests/openapi/openapi.test.mjs
//        CIVIQ_SERVER=build/ci/central/civiq-central CIVIQ_OPENAPI=docs/booking-openapi.json \
//          CIVIQ_API_MD=docs/booking-api.md CIVIQ_PAGES_PREFIX=/booking/ node tests/openapi/openapi.test.mjs
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const kMinExamples = 8;
const server = process.env.CIVIQ_SERVER;
const documentFile = process.env.CIVIQ_OPENAPI ?? "docs/openapi.json";
const apiFile = process.env.CIVIQ_API_MD ?? "docs/api.md";
const pagesPrefix = process.env.CIVIQ_PAGES_PREFIX;
if (!server) {
  console.error("set CIVIQ_SERVER to the civiq-server binary");
  process.exit(2);
}

let Validator, Ajv2020, addFormats;
try {
  ({ Validator } = await import("@seriousme/openapi-schema-validator"));
  Ajv2020 = (await import("ajv/dist/2020.js")).default;
  addFormats = (await import("ajv-formats")).default;
} catch (error) {
  console.error(`tests/openapi/node_modules is missing (${error.message}): run scripts/install-web-test-deps`);
  process.exit(1);
}

const failures = [];
const fail = (message) => failures.push(message);

// --- 1. the committed copy --------------------------------------------------------------------
const generated = execFileSync(server, ["--print-openapi"], { encoding: "utf8" });
const committedPath = path.join(root, documentFile);
const committed = existsSync(committedPath) ? readFileSync(committedPath, "utf8") : "";
if (generated !== committed) {
  const a = generated.split("\n"), b = committed.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  fail(`${documentFile} is stale: run \`${server} --print-openapi > ${documentFile}\` ` +
       `(first difference in line ${line + 1}: expected ${JSON.stringify(a[line])}, found ${JSON.stringify(b[line])})`);
}
const doc = JSON.parse(generated);

// --- 2. a real OpenAPI 3.1 validator, and strict JSON Schema for the components --------------------
const validator = new Validator();
const result = await validator.validate(structuredClone(doc));
if (!result.valid) fail(`not valid OpenAPI: ${JSON.stringify(result.errors, null, 2)}`);
else if (validator.version !== "3.1") fail(`validated as OpenAPI ${validator.version}, expected 3.1`);

// Components live at "#/components/schemas/X"; ajv gets them as $defs of one schema with an $id.
const kBase = "https://civiq.invalid/openapi.json";
const rewriteRefs = (value) =>
  JSON.parse(JSON.stringify(value), (key, v) =>
    key === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", `${kBase}#/$defs/`) : v);
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
try {
  ajv.addSchema({ $id: kBase, $defs: rewriteRefs(doc.components.schemas) });
  for (const name of Object.keys(doc.components.schemas)) ajv.getSchema(`${kBase}#/$defs/${name}`);
} catch (error) {
  fail(`a component is not valid JSON Schema 2020-12: ${error.message}`);
}

// --- 3. the routes the server registers ----------------------------------------------------------
const registered = execFileSync(server, ["--print-routes"], { encoding: "utf8" }).split("\n").filter(Boolean);
const described = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`));
for (const route of registered) if (!described.includes(route)) fail(`registered but not in the document: ${route}`);
const isPage = (route) => pagesPrefix !== undefined && route.split(" ")[1].startsWith(pagesPrefix);
for (const route of described)
  if (!registered.includes(route) && !isPage(route)) fail(`in the document but not registered: ${route}`);

// --- 4. the examples of the API's page ----------------------------------------------------------------
function routeSections(markdown) {
  const sections = [];
  let current = null;
  for (const line of markdown.split("\n")) {
    if (/^#{1,6}\s/.test(line)) {
      const heading = line.match(/^###\s+`([A-Z]+) (\/[^`]*)`\s*$/);
      current = heading ? { method: heading[1].toLowerCase(), path: heading[2], text: "" } : null;
      if (current) sections.push(current);
    } else if (current) {
      current.text += line + "\n";
    }
  }
  return sections;
}

function examples(text) {
  const found = [];
  let end = 0, previous = null;
  for (const match of text.matchAll(/```json\n([\s\S]*?)```|`([^`]+)`/g)) {
    const lead = text.slice(end, match.index);
    end = match.index + match[0].length;
    const code = (match[1] ?? match[2]).trim();
    if (!code.startsWith("{")) continue;
    const request = /\bbody:?\s*$/i.test(lead) || (lead.trim() === "and/or" && previous?.request === true);
    previous = { code, request };
    found.push(previous);
  }
  return found;
}

const successSchema = (operation) => {
  const status = Object.keys(operation.responses).filter((s) => /^2\d\d$/.test(s)).sort()[0];
  return operation.responses[status]?.content?.["application/json"]?.schema;
};

let checked = 0, skipped = 0, unchecked = 0;
for (const section of routeSections(readFileSync(path.join(root, apiFile), "utf8"))) {
  const where = `${section.method.toUpperCase()} ${section.path}`;
  const operation = doc.paths[section.path]?.[section.method];
  if (!operation) {
    fail(`${apiFile} documents ${where}, the document does not describe it`);
    continue;
  }
  for (const { code, request } of examples(section.text)) {
    let value;
    try {
      value = JSON.parse(code);
    } catch {
      skipped++;  // abbreviated ("…", "a | b"): prose, not an example
      continue;
    }
    const schema = request ? operation.requestBody?.content?.["application/json"]?.schema : successSchema(operation);
    if (!schema) {
      if (request) fail(`${where}: ${apiFile} shows a body, but the route takes none: ${code}`);
      else unchecked++;  // the WebSocket route: its frames are not an HTTP reply
      continue;
    }
    const validate = ajv.compile(rewriteRefs(schema));
    if (validate(value)) checked++;
    else fail(`${where}: the ${request ? "request" : "reply"} example ${code}\n  does not match: ` +
              ajv.errorsText(validate.errors, { dataVar: "example" }));
  }
}
if (checked < kMinExamples)
  fail(`only ${checked} examples of ${apiFile} were checked; expected at least ${kMinExamples} (do they parse?)`);

if (failures.length) {
  for (const message of failures) console.error(`FAIL ${message}`);
  process.exit(1);
}
console.log(`openapi: valid OpenAPI ${doc.openapi}, ${described.length} operations, ` +
            `${Object.keys(doc.components.schemas).length} schemas; ${documentFile} is current; ` +
            `${checked} examples of ${apiFile} match (${skipped} abbreviated skipped, ${unchecked} without a reply schema)`);
