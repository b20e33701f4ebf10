// The verdicts of ajv (draft 2020-12), an implementation of JSON Schema independent of ours and of
// python3-jsonschema, which reads numbers as JavaScript does: as binary64 doubles.
//
// Usage: node ajv_verdicts.mjs PACKAGE_DIR SCHEMAS.jsonl DOCUMENTS.jsonl
//   PACKAGE_DIR   tests/http/openapi, whose node_modules holds ajv (scripts/install-deps.sh)
//   SCHEMAS       lines {"type","allow_unknown_fields","schema"} (invite_print_schemas)
//   DOCUMENTS     lines {"type","allow_unknown_fields","document"}, the document as JSON text
// Prints one line per document: "valid" or "invalid".
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";

const [packageDir, schemasPath, documentsPath] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(packageDir), "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;

// "format" is an annotation in draft 2020-12 unless a validator opts into asserting it; the
// library's formats are stated by patterns. Strict mode's lints that ask more than draft 2020-12
// does are off: strictTypes (every subschema under allOf and anyOf repeating its parent's type) and
// strictRequired ("required" naming only properties defined beside it, where the schema says
// "one of these names" under oneOf).
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, validateFormats: false });

const lines = (file) => readFileSync(file, "utf8").split("\n").filter((line) => line !== "");
const validators = new Map();
for (const line of lines(schemasPath)) {
  const entry = JSON.parse(line);
  validators.set(`${entry.type} ${entry.allow_unknown_fields}`, ajv.compile(entry.schema));
}

const out = [];
for (const line of lines(documentsPath)) {
  const entry = JSON.parse(line);
  const validate = validators.get(`${entry.type} ${entry.allow_unknown_fields}`);
  if (!validate) throw new Error(`no schema for ${entry.type} (allow_unknown_fields ${entry.allow_unknown_fields})`);
  out.push(validate(JSON.parse(entry.document)) ? "valid" : "invalid");
}
process.stdout.write(out.join("\n") + "\n");
