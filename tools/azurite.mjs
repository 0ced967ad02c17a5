// The one way this repository starts Azurite. The Node scripts (npm start, the browser tests, the benchmark) call
// startAzurite through lib.mjs; the .NET tests, the examples writer and the load benchmark run this file through
// AzuriteProcess:
//   node tools/azurite.mjs --blob PORT --queue PORT --table PORT
// starts Azurite on those loopback ports and runs until it is stopped.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = join(root, 'node_modules', 'azurite', 'dist', 'src', 'azurite.js');

/**
 * Azurite's command line: from node_modules, in memory, on loopback, the Blob and Table services the directory uses
 * (its Queue service idles on a port of its own). `--skipApiVersionCheck` because Azurite 3.37 refuses the newest
 * service versions that current Azure SDKs send.
 */
function azuriteArguments({ blob, queue, table }) {
  return [script,
    '--blobHost', '127.0.0.1', '--blobPort', String(blob),
    '--queueHost', '127.0.0.1', '--queuePort', String(queue),
    '--tableHost', '127.0.0.1', '--tablePort', String(table),
    '--inMemoryPersistence', '--skipApiVersionCheck', '--disableProductStyleUrl', '--disableTelemetry', '--silent'];
}

/** Starts Azurite on the given ports; it says "successfully listening" on stdout once per service. */
export function startAzurite(ports) {
  if (!existsSync(script)) throw new Error(`Azurite is not installed (${script} missing): run \`npm ci\` first.`);
  return spawn(process.execPath, azuriteArguments(ports), { cwd: root, stdio: 'inherit' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { blob: { type: 'string' }, queue: { type: 'string' }, table: { type: 'string' } } });
  const ports = Object.fromEntries(['blob', 'queue', 'table'].map((service) => [service, Number(values[service])]));
  if (!Object.values(ports).every((port) => Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error('usage: node tools/azurite.mjs --blob PORT --queue PORT --table PORT');
    process.exit(2);
  }
  let azurite;
  try {
    azurite = startAzurite(ports);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => azurite.kill(signal));
  azurite.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
