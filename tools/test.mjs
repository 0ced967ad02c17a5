// The whole test suite: every .NET test project (they start their own Azurite from node_modules), the browser
// suite (tests/browser: the Release app in headless Chromium), the read edition (tests/editions: Native AOT in front
// of the full app), then the independent OpenAPI and dataset checks.
// Ends with one summary line of the .NET and browser counts.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, buildReleaseApp, findChromium, publishReadEdition, requireChromium } from './lib.mjs';

// The read edition as deployed (Native AOT; its publish fails on any trim or AOT warning), published once: the .NET
// package test zips this one (READ_EDITION), and the read edition suite runs it in front of the full app.
const readEdition = await publishReadEdition();

const counts = { passed: 0, failed: 0 };
await new Promise((resolve, reject) => {
  const child = spawn('dotnet', ['test', 'MppDirectory.sln', '--nologo'],
    { cwd: root, env: { ...process.env, READ_EDITION: readEdition }, stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    for (const [, failed, passed] of chunk.toString().matchAll(/Failed:\s+(\d+), Passed:\s+(\d+)/g)) {
      counts.failed += Number(failed);
      counts.passed += Number(passed);
    }
  });
  child.on('error', reject);
  child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`dotnet test exited with ${code}; tests: ${counts.passed} passed, ${counts.failed} failed`))));
});

// The browser suite starts the Release app itself, so it must be built; and it needs Chromium, which a root
// shell (a CI container) may install from Debian.
await buildReleaseApp();
if (!findChromium() && !process.env.CHROMIUM && process.getuid?.() === 0) {
  await run('apt-get', ['update']);
  await run('apt-get', ['install', '-y', 'chromium']);
}
try {
  requireChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
/** Runs the node:test files of tests/FOLDER one at a time; resolves to { passed, failed, ok }. */
function runNodeSuite(folder, env = process.env) {
  // Files, not the folder: Node 21 and later take `--test DIR` for a module to run rather than a folder to search.
  const files = readdirSync(join(root, 'tests', folder)).filter((name) => name.endsWith('.test.mjs')).map((name) => `tests/${folder}/${name}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('error', reject);
    // The spec reporter ends with "ℹ pass N" and "ℹ fail N".
    child.on('exit', (code) => resolve({
      passed: Number(/^ℹ pass (\d+)$/m.exec(output)?.[1] ?? 0),
      failed: Number(/^ℹ fail (\d+)$/m.exec(output)?.[1] ?? 0),
      ok: code === 0,
    }));
  });
}

const browserCounts = await runNodeSuite('browser');
// The read edition published above, in front of the full app.
const editionCounts = await runNodeSuite('editions', { ...process.env, READ_EDITION: readEdition });
// The committed OpenAPI document and JSON Schemas, checked by tools no one here wrote.
await run(process.execPath, ['tools/check-openapi.mjs']);
// The bulk dataset's Data Package and HSDS export, checked by the npm `datapackage` library.
await run(process.execPath, ['tools/check-dataset.mjs']);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed; browser tests: ${browserCounts.passed} passed, ${browserCounts.failed} failed; `
  + `read edition tests: ${editionCounts.passed} passed, ${editionCounts.failed} failed`);
if (!browserCounts.ok || !editionCounts.ok) process.exitCode = 1;
