// Writes one dataset version from data/seed (`mppdir dataset write`) into a temporary folder and
// validates its Data Package and HSDS tabular package with tools/validate-datapackage.mjs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib.mjs';

const folder = mkdtempSync(join(tmpdir(), 'mpp-dataset-'));
try {
  await run('dotnet', ['run', '--project', 'functions/MppDirectory.Cli', '--', 'dataset', 'write', folder]);
  await run(process.execPath, ['tools/validate-datapackage.mjs',
    join(folder, 'datapackage.json'), join(folder, 'hsds', 'datapackage.json')]);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
