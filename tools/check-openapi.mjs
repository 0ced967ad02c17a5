// Independent checks of the committed contract with tools no one here wrote: swagger-parser
// validation, Redocly lint and Spectral's OWASP ruleset on schemas/openapi.json, and ajv compiling
// every schemas/*.schema.json. Prints every finding; exits non-zero on any error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv-draft-04';
import { root } from './lib.mjs';

const schemas = join(root, 'schemas');
const document = join(schemas, 'openapi.json');
// No tool may reach the internet: telemetry off, and Redocly/Spectral get only local files.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', DISABLE_TELEMETRY: '1' };
let failures = 0;

function tool(name, script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', ...script), ...args], { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => {
      console.log(`${name}: ${code === 0 ? 'no errors' : `failed (exit ${code})`}`);
      if (code !== 0) failures++;
      resolve();
    });
  });
}

try {
  const api = await SwaggerParser.validate(document);
  console.log(`swagger-parser: valid OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths`);
} catch (error) {
  console.error(`swagger-parser: ${error.message}`);
  failures++;
}

await tool('redocly lint', ['@redocly', 'cli', 'bin', 'cli.js'], ['lint', '--config', 'redocly.yaml', '--format', 'stylish', 'schemas/openapi.json']);
await tool('spectral lint (OWASP)', ['@stoplight', 'spectral-cli', 'dist', 'index.js'], ['lint', '--ruleset', '.spectral.yaml', '--fail-severity', 'error', 'schemas/openapi.json']);

// Compiling checks each file is a valid draft-04 schema; formats are checked by the .NET response tests.
const ajv = new Ajv({ strict: true, allErrors: true, validateFormats: false });

for (const file of readdirSync(schemas).filter((f) => f.endsWith('.schema.json')).sort()) {
  try {
    ajv.compile(JSON.parse(readFileSync(join(schemas, file), 'utf8')));
  } catch (error) {
    console.error(`ajv: ${file}: ${error.message}`);
    failures++;
  }
}
console.log(`ajv: compiled the JSON Schemas in schemas/`);

console.log(failures === 0 ? 'OpenAPI checks: 0 errors' : `OpenAPI checks: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
