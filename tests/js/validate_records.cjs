// An independent validator over the records: ajv (JSON Schema 2020-12, strict mode) with
// the schemas of schemas/ resolved by their $id, and YAML read by the `yaml` package
// (YAML 1.2 core schema), not by Wegwijzer's own loader or validator.
// Usage: node tests/js/validate_records.cjs ROOT  -> one line per problem, exit 1 if any.
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");
const addFormats = require("ajv-formats");
const YAML = require("yaml");

const root = process.argv[2] || ".";
// Strict mode: unknown keywords are errors, except those this project documents (x-labels:
// Dutch labels of enum values; x-foutmelding: the message for a pattern; x-toelichtingen: notes
// per enum value; x-typefout: the hint for a wrong type).
// strictTypes off: `minimum` beside a $ref to an integer-or-text age applies to numbers only, as
// JSON Schema says; ajv's type-inference check cannot see through the $ref.
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strictTypes: false });
ajv.addVocabulary(["x-labels", "x-foutmelding", "x-toelichtingen", "x-typefout"]);
addFormats(ajv, ["date"]);
const ids = {};
for (const name of ["common", "provider", "gemeente", "themas", "regios"]) {
  const schema = JSON.parse(fs.readFileSync(path.join(root, "schemas", `${name}.schema.json`), "utf8"));
  if (!schema.$id) throw new Error(`${name}.schema.json heeft geen $id`);
  ajv.addSchema(schema);
  ids[name] = schema.$id;
}

function files(dir, test) {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { recursive: true })
    .filter(test).sort().map((f) => path.join(dir, f));
}

const jobs = [
  ...files("providers", (f) => f.endsWith(".yaml")).map((f) => [f, "provider", (t) => t]),
  ...files("gemeenten", (f) => f.endsWith(".yaml")).map((f) => [f, "gemeente", (t) => t]),
  ["taxonomie/themas.yaml", "themas", (t) => t],
  ["taxonomie/jeugdregios.yaml", "regios", (t) => t],
];
let problems = 0;
for (const [file, kind, extract] of jobs) {
  const data = YAML.parse(extract(fs.readFileSync(path.join(root, file), "utf8")));
  const validate = ajv.getSchema(ids[kind]);
  if (!validate(data)) {
    for (const error of validate.errors) {
      console.log(`${file}: ${error.instancePath || "/"} ${error.message}`);
      problems += 1;
    }
  }
}
console.log(`${jobs.length} bestanden gecontroleerd, ${problems} problemen`);
process.exit(problems ? 1 : 0);
