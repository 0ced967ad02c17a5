// Small helpers shared by the project's Node scripts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command to completion, inheriting the terminal; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)));
  });
}

/** A free TCP port on 127.0.0.1, preferring the given one. */
export function freePort(preferred = 0) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(freePort(0)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on 127.0.0.1:port. */
export async function waitForPort(port, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}

// Azurite's one launcher (also run by the .NET tests' AzuriteProcess).
export { startAzurite } from './azurite.mjs';

// The emulator's documented well-known development account.
export const azuriteAccount = {
  name: 'devstoreaccount1',
  key: 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
};

export function azuriteConnectionString({ blob, table }) {
  return `DefaultEndpointsProtocol=http;AccountName=${azuriteAccount.name};AccountKey=${azuriteAccount.key};`
    + `BlobEndpoint=http://127.0.0.1:${blob}/${azuriteAccount.name};`
    + `TableEndpoint=http://127.0.0.1:${table}/${azuriteAccount.name};`;
}

/**
 * The key that signs stewards' tokens for local runs (`npm start` accepts them, `npm run token` makes
 * them): random, made once per clone in artifacts/local, never used in Azure (Entra ID signs there).
 * `npm run token` (tools/MppDirectory.DevToken) reads and makes the same file with
 * DevelopmentTokens.ReadOrCreateKey (functions/MppDirectory.Api/Http/Stewardship/DevelopmentTokens.cs).
 */
export function developmentKey() {
  const file = join(root, 'artifacts', 'local', 'development-key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The Chromium the browser tools drive: $CHROMIUM, else Debian's /usr/bin/chromium; null when it is not there. */
export function findChromium() {
  const path = process.env.CHROMIUM || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/** findChromium(), or an error that says how to get one. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(`no Chromium at ${process.env.CHROMIUM || '/usr/bin/chromium'}: apt-get install chromium, or set CHROMIUM to its path`);
  return path;
}

/**
 * Publishes an edition of the API (functions/MppDirectory.Api/Hosting/Editions.cs) with its publish profile,
 * functions/MppDirectory.Api/Properties/PublishProfiles/PROFILE.pubxml, which holds every setting of it:
 * 'ReadEdition' (Native AOT) or 'Stewardship' (self-contained ReadyToRun).
 */
export function publishEdition(profile, output) {
  return run('dotnet', ['publish', 'functions/MppDirectory.Api', `-p:PublishProfile=${profile}`, '-o', output, '--nologo', '-v', 'quiet']);
}

/** Publishes the API's read edition: Native AOT, with every trim and AOT warning an error. Resolves to the executable's path. */
export async function publishReadEdition(output = join(root, 'artifacts', 'read-edition')) {
  await publishEdition('ReadEdition', output);
  return join(output, 'MppDirectory.Api');
}

/** Builds the Release CLI (it seeds storage) and API that the browser tests and screenshots start. */
export async function buildReleaseApp() {
  await run('dotnet', ['build', 'functions/MppDirectory.Cli', '-c', 'Release', '--nologo', '-v', 'quiet']);
  await run('dotnet', ['build', 'functions/MppDirectory.Api', '-c', 'Release', '--nologo', '-v', 'quiet']);
}
