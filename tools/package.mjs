// The two zips that Flex Consumption deploys (`npm run package`), one per function app, each with host.json and
// one folder per function with its function.json, and an executable that needs no .NET runtime (the `custom`
// stack has none), kept at mode 755 in the zip:
//   mpp-directory-reads.zip        the read edition, Native AOT: serves the reads, forwards the rest
//   mpp-directory-stewardship.zip  the full app, self-contained ReadyToRun: writes, imports, changes, datasets
//
// Each edition is published with its profile (functions/MppDirectory.Api/Properties/PublishProfiles). With
// --read-edition PATH (the executable of a read edition published with its profile, as npm test does once for all
// its suites), that one is packaged instead of publishing it again.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { root, run, publishEdition } from './lib.mjs';

const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? resolve(process.argv[index + 1]) : fallback && resolve(fallback);
};
const output = option('--output', join(root, 'artifacts', 'package'));
const publishedReadEdition = option('--read-edition');
const executable = JSON.parse(readFileSync(join(root, 'host.json'), 'utf8')).customHandler.description.defaultExecutablePath;
if (existsSync(output)) rmSync(output, { recursive: true });

const editions = {
  reads: async (folder) => (publishedReadEdition
    ? cpSync(dirname(publishedReadEdition), folder, { recursive: true })
    : publishEdition('ReadEdition', folder)),
  stewardship: (folder) => publishEdition('Stewardship', folder),
};
for (const [name, publish] of Object.entries(editions)) {
  const app = join(output, name);
  mkdirSync(app, { recursive: true });
  await publish(app);
  // Debug symbols stay out of the package (the native executable's are a file of their own).
  for (const file of readdirSync(app).filter((f) => f.endsWith('.dbg') || f.endsWith('.pdb'))) rmSync(join(app, file));
  cpSync(join(root, 'host.json'), join(app, 'host.json'));
  const functions = join(root, 'functions', 'http');
  for (const folder of readdirSync(functions)) {
    cpSync(join(functions, folder), join(app, folder), { recursive: true });
  }
  const zip = join(output, `mpp-directory-${name}.zip`);
  await run('dotnet', ['run', '--project', 'tools/MppDirectory.Packager', '-c', 'Release', '--', app, zip, executable]);
  console.log(`function app package ready: ${zip}`);
}
