// Validates a Frictionless Data Package with the Frictionless JavaScript library: the descriptor
// against the tabular-data-package profile, then every resource read through its Table Schema
// (types, required fields, enum values, patterns, unique primary keys) with its foreign keys
// resolved. Prints one JSON object: { valid, errors, rows: { resource: count }, values }, where
// values holds each resource's rows as the schema casts them (for the caller's own checks).
// Usage: node validate.js <path/to/datapackage.json>
"use strict";
const path = require("path");
const { Package } = require("datapackage");

async function main(descriptor) {
  const result = { valid: true, errors: [], rows: {}, values: {} };
  const dataPackage = await Package.load(path.resolve(descriptor), { strict: false });
  if (!dataPackage.valid) {
    result.valid = false;
    result.errors.push(...dataPackage.errors.map((e) => `descriptor: ${e.message}`));
  }

  for (const resource of dataPackage.resources) {
    if (!resource.tabular) {
      result.valid = false;
      result.errors.push(`${resource.name}: not a tabular resource`);
      continue;
    }

    try {
      const rows = await resource.read({ keyed: true, relations: true, forceCast: false });
      result.rows[resource.name] = rows.length;
      result.values[resource.name] = rows.map((row) => {
        const plain = {};
        for (const [key, value] of Object.entries(row)) {
          plain[key] = value !== null && typeof value === "object" && !(value instanceof Date) ? "(resolved reference)" : value;
        }
        return plain;
      });
    } catch (error) {
      result.valid = false;
      const inner = error.errors && error.errors.length ? error.errors.map((e) => e.message) : [error.message];
      result.errors.push(...inner.map((m) => `${resource.name}: ${m}`));
    }
  }

  process.stdout.write(JSON.stringify(result) + "\n");
}

main(process.argv[2]).catch((error) => {
  process.stdout.write(JSON.stringify({ valid: false, errors: [String(error && error.stack || error)] }) + "\n");
  process.exitCode = 1;
});
