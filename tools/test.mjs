// The whole test suite: every .NET test project (they start their own Azurite from node_modules),
// then the independent OpenAPI checks.
import { run } from './lib.mjs';

await run('dotnet', ['test', 'MppDirectory.sln', '--nologo']);
// The committed OpenAPI document and JSON Schemas, checked by tools no one here wrote.
await run(process.execPath, ['tools/check-openapi.mjs']);
// The bulk dataset's Data Package and HSDS export, checked by the npm `datapackage` library.
await run(process.execPath, ['tools/check-dataset.mjs']);
