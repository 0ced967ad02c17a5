// Compiles the generated TypeScript client (tsc, strict) and calls a few operations of a running API
// through it: `node clients/typescript/check.mjs --api http://127.0.0.1:7071`. Exit code 0 when all hold.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const apiIndex = process.argv.indexOf('--api');
const api = apiIndex > 0 ? process.argv[apiIndex + 1] : 'http://127.0.0.1:7071';

execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', here], { stdio: 'inherit' });
const { MppDirectoryClient, MppDirectoryApiException } = await import(pathToFileURL(join(here, 'dist', 'generated', 'mpp-directory-client.js')));

// Node has fetch but no window: hand it to the client.
const client = new MppDirectoryClient(api, { fetch: (url, init) => globalThis.fetch(url, init) });

const mpps = await client.listMpps(1, 100, undefined, undefined, undefined, undefined, undefined, undefined, undefined);
assert.equal(mpps.totalCount, 4);
const pekalongan = await client.getMpp('kota-pekalongan');
assert.equal(pekalongan.id, 'kota-pekalongan');
assert.ok(pekalongan.counters.length > 0);
const found = await client.searchDirectory('paspor', 5);
assert.ok(found.agencies.some((hit) => hit.item.id === 'imigrasi'));
await assert.rejects(client.getMpp('nowhere'), (error) => error.status === 404 || error instanceof MppDirectoryApiException);
console.log(`typescript client: compiled, and 4 operations answered by ${api}`);
