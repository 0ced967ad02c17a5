// The zip that Flex Consumption deploys (`npm run package`): host.json, one folder per function with
// its function.json, and the app as a self-contained linux-x64 executable (ReadyToRun), which the
// `custom` stack needs because it brings no .NET runtime. The executable keeps mode 755 in the zip.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { root, run } from './lib.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return resolve(index > 0 ? process.argv[index + 1] : fallback);
};
const output = option('--output', join(root, 'artifacts', 'package'));
const app = join(output, 'functionapp');
const zip = join(output, 'mpp-directory-functionapp.zip');
const executable = JSON.parse(readFileSync(join(root, 'host.json'), 'utf8')).customHandler.description.defaultExecutablePath;

if (existsSync(output)) rmSync(output, { recursive: true });
mkdirSync(app, { recursive: true });

await run('dotnet', ['publish', 'functions/MppDirectory.Api', '-c', 'Release', '-r', 'linux-x64',
  '--self-contained', 'true', '-p:PublishReadyToRun=true', '-o', app, '--nologo']);

cpSync(join(root, 'host.json'), join(app, 'host.json'));
const functions = join(root, 'functions', 'http');
for (const name of readdirSync(functions)) {
  cpSync(join(functions, name), join(app, name), { recursive: true });
}

await run('dotnet', ['run', '--project', 'tools/MppDirectory.Packager', '-c', 'Release', '--', app, zip, executable]);
console.log(`function app package ready: ${zip}`);
