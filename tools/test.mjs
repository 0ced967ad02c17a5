// The whole test suite: every .NET test project (they start their own Azurite from node_modules).
import { run } from './lib.mjs';

await run('dotnet', ['test', 'MppDirectory.sln', '--nologo']);
