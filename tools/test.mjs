// The whole test suite: every .NET test project (they start their own Azurite from node_modules), the browser
// suite (tests/browser: the Release app in headless Chromium), then the independent OpenAPI and dataset checks.
// Ends with one summary line of the .NET and browser counts.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, buildReleaseApp, findChromium, requireChromium } from './lib.mjs';

const counts = { passed: 0, failed: 0 };
await new Promise((resolve, reject) => {
  const child = spawn('dotnet', ['test', 'MppDirectory.sln', '--nologo'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
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
const browserCounts = { passed: 0, failed: 0 };
// Files, not the folder: Node 21 and later take `--test DIR` for a module to run rather than a folder to search.
const browserTests = readdirSync(join(root, 'tests', 'browser')).filter((name) => name.endsWith('.test.mjs')).map((name) => `tests/browser/${name}`);
const browserSuitePassed = await new Promise((resolve, reject) => {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...browserTests],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  child.on('error', reject);
  child.on('exit', (code) => {
    // The spec reporter ends with "ℹ pass N" and "ℹ fail N".
    browserCounts.passed = Number(/^ℹ pass (\d+)$/m.exec(output)?.[1] ?? 0);
    browserCounts.failed = Number(/^ℹ fail (\d+)$/m.exec(output)?.[1] ?? 0);
    resolve(code === 0);
  });
});
// The committed OpenAPI document and JSON Schemas, checked by tools no one here wrote.
await run(process.execPath, ['tools/check-openapi.mjs']);
// The bulk dataset's Data Package and HSDS export, checked by the npm `datapackage` library.
await run(process.execPath, ['tools/check-dataset.mjs']);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed; browser tests: ${browserCounts.passed} passed, ${browserCounts.failed} failed`);
if (!browserSuitePassed) process.exitCode = 1;
