// The whole test suite: every .NET test project (they start their own Azurite from node_modules),
// then the independent OpenAPI and dataset checks. Ends with one summary line of the .NET counts.
import { spawn } from 'node:child_process';
import { root, run } from './lib.mjs';

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
// The committed OpenAPI document and JSON Schemas, checked by tools no one here wrote.
await run(process.execPath, ['tools/check-openapi.mjs']);
// The bulk dataset's Data Package and HSDS export, checked by the npm `datapackage` library.
await run(process.execPath, ['tools/check-dataset.mjs']);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
