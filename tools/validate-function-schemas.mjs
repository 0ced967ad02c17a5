// Validates host.json and function.json files against the public schemas in ../shared
// (host.json: JSON Schema draft-07; function.json: draft-04). Usage:
//   node tools/validate-function-schemas.mjs [host.json] [functions/http]
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root } from './lib.mjs';

const schemas = resolve(root, '..', 'shared', 'azure-functions-schemas');
const [hostPath = join(root, 'host.json'), functionsFolder = join(root, 'functions', 'http')] = process.argv.slice(2);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const validateHost = new Ajv({ strict: false, allErrors: true }).compile(readJson(join(schemas, 'host.json')));
const validateFunction = new Ajv04({ strict: false, allErrors: true }).compile(readJson(join(schemas, 'function.json')));

const files = [[hostPath, validateHost],
  ...readdirSync(functionsFolder)
    .map((name) => join(functionsFolder, name, 'function.json'))
    .filter((path) => existsSync(path))
    .map((path) => [path, validateFunction])];

let failures = 0;
for (const [path, validate] of files) {
  if (validate(readJson(path))) {
    console.log(`valid   ${path}`);
  } else {
    failures++;
    console.log(`INVALID ${path}`);
    for (const error of validate.errors) console.log(`  ${error.instancePath || '/'} ${error.message}`);
  }
}
console.log(`${files.length - failures} valid, ${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
