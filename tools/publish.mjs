// Produces the deployable function-app folder: host.json, one folder per function, and the app
// (framework-dependent, ReadyToRun for linux-x64), which the host starts as `dotnet MppDirectory.Api.dll`.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root, run } from './lib.mjs';

const outputIndex = process.argv.indexOf('--output');
const output = resolve(outputIndex > 0 ? process.argv[outputIndex + 1] : join(root, 'artifacts', 'functionapp'));

if (existsSync(output)) rmSync(output, { recursive: true });
mkdirSync(output, { recursive: true });

await run('dotnet', ['publish', 'functions/MppDirectory.Api', '-c', 'Release', '-r', 'linux-x64',
  '--self-contained', 'false', '-p:PublishReadyToRun=true', '-o', output, '--nologo']);

cpSync(join(root, 'host.json'), join(output, 'host.json'));
const functions = join(root, 'functions', 'http');
for (const name of readdirSync(functions)) {
  cpSync(join(functions, name), join(output, name), { recursive: true });
}
console.log(`function app ready in ${output}`);
