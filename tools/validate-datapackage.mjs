// Validates data packages with the npm `datapackage` library (frictionlessdata/datapackage-js),
// which no one here wrote: the descriptor against its profile, every resource's bytes and SHA-256,
// and every row of every table (types, constraints, primary keys, foreign keys). Usage:
//   node tools/validate-datapackage.mjs DIR/datapackage.json [DIR/hsds/datapackage.json ...]
//
// datapackage 1.1.10 knows the v1 profiles only. A v2 descriptor ("$schema" .../profiles/2.0/...) is
// checked for the v2 properties it relies on, then validated through the faithful v1 reading of the
// same descriptor: "$schema" becomes "profile", a resource of type "table" the tabular-data-resource
// profile, and a foreign key without "resource" (v2: same table) the v1 self-reference "".
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import datapackage from 'datapackage';

const { Package } = datapackage;
const v2Profile = 'https://datapackage.org/profiles/2.0/datapackage.json';
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function v2Problems(descriptor) {
  const problems = [];
  if (!semver.test(descriptor.version ?? '')) problems.push(`version "${descriptor.version}" is not SemVer MAJOR.MINOR.PATCH`);
  if (!rfc3339.test(descriptor.created ?? '')) problems.push(`created "${descriptor.created}" is not RFC 3339`);
  for (const key of ['name', 'id', 'title', 'description']) if (!descriptor[key]) problems.push(`no ${key}`);
  if (!descriptor.licenses?.length || descriptor.licenses.some((l) => !l.name && !l.path)) problems.push('licenses need a name or path');
  for (const resource of descriptor.resources ?? []) {
    if (resource.type !== undefined && resource.type !== 'table') problems.push(`${resource.name}: unknown type ${resource.type}`);
    if (resource.type === 'table' && !resource.schema) problems.push(`${resource.name}: a table needs a schema`);
  }
  return problems;
}

function asV1(descriptor) {
  const copy = structuredClone(descriptor);
  delete copy.$schema;
  const tabular = copy.resources.every((r) => r.type === 'table');
  copy.profile = tabular ? 'tabular-data-package' : 'data-package';
  for (const resource of copy.resources) {
    delete resource.$schema;
    if (resource.dialect) delete resource.dialect.$schema;
    if (resource.type !== 'table') continue;
    resource.profile = 'tabular-data-resource';
    delete resource.schema.$schema;
    for (const key of resource.schema.foreignKeys ?? []) key.reference.resource ??= '';
  }
  return copy;
}

function integrityProblems(base, resource) {
  const path = join(base, resource.path);
  const bytes = readFileSync(path);
  const problems = [];
  if (resource.bytes !== undefined && statSync(path).size !== resource.bytes) problems.push(`bytes ${resource.bytes} but the file has ${statSync(path).size}`);
  const [algorithm, expected] = (resource.hash ?? '').split(':');
  if (resource.hash && createHash(algorithm).update(bytes).digest('hex') !== expected) problems.push(`${algorithm} does not match`);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) problems.push('starts with a BOM');
  return problems;
}

async function validate(descriptorPath) {
  const base = dirname(resolve(start, descriptorPath));
  const descriptor = JSON.parse(readFileSync(resolve(start, descriptorPath), 'utf8'));
  const isV2 = descriptor.$schema === v2Profile;
  const failures = isV2 ? v2Problems(descriptor) : [];

  // datapackage 1.1.10 reads self-referenced tables relative to the working folder, not basePath.
  process.chdir(base);
  const dataPackage = await Package.load(isV2 ? asV1(descriptor) : descriptor, base, { strict: false });
  failures.push(...dataPackage.errors.map((e) => e.message.replace(/\s+/g, ' ')));
  let rows = 0;
  for (const resource of dataPackage.resources) {
    failures.push(...integrityProblems(base, resource.descriptor).map((p) => `${resource.name}: ${p}`));
    if (!resource.tabular) continue;
    try {
      const table = await resource.read({ keyed: true, relations: true });
      rows += table.length;
    } catch (error) {
      const inner = error.errors?.map((e) => e.message).join('; ');
      failures.push(`${resource.name}: ${error.message}${inner ? ` (${inner})` : ''}`);
    }
  }

  const label = `${descriptorPath} (${isV2 ? 'Data Package v2' : descriptor.profile}, ${dataPackage.resources.length} resources, ${rows} rows)`;
  if (failures.length === 0) {
    console.log(`valid   ${label}`);
    return true;
  }
  console.log(`INVALID ${label}`);
  for (const failure of failures) console.log(`  ${failure}`);
  return false;
}

const start = process.cwd();
const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('usage: node tools/validate-datapackage.mjs DIR/datapackage.json [...]');
  process.exit(2);
}
let ok = true;
for (const path of paths) ok = (await validate(path)) && ok;
process.exit(ok ? 0 : 1);
