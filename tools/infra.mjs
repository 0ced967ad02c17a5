// `npm run infra`: restores the Bicep CLI from NuGet (tools/Bicep), compiles infra/main.bicep and each
// environment's parameters to ARM JSON in artifacts/infra/, and lints them. Any warning fails the run
// (bicep exits 0 on warnings, so they are counted here).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run } from './lib.mjs';

await run('dotnet', ['restore', 'tools/Bicep', '--nologo', '-v', 'quiet']);
const packageFolder = execFileSync('dotnet', ['msbuild', 'tools/Bicep', '-getProperty:PkgAzure_Bicep_CommandLine_linux-x64'], { cwd: root })
  .toString().trim();
const bicep = join(packageFolder, 'tools', 'bicep');
chmodSync(bicep, 0o755); // NuGet does not keep the execute bit for everyone

const output = join(root, 'artifacts', 'infra');
mkdirSync(output, { recursive: true });

/** Runs bicep; its diagnostics come on stderr, warnings with exit code 0. */
function bicepRun(args) {
  const result = spawnSync(bicep, args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, text: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const steps = [
  ['build', 'infra/main.bicep', '--outfile', join(output, 'main.json')],
  ['lint', 'infra/main.bicep'],
  ...readdirSync(join(root, 'infra', 'env')).filter((f) => f.endsWith('.bicepparam')).flatMap((file) => [
    ['build-params', `infra/env/${file}`, '--outfile', join(output, file.replace('.bicepparam', '.parameters.json'))],
    ['lint', `infra/env/${file}`],
  ]),
];

let problems = 0;
for (const args of steps) {
  const { ok, text } = bicepRun(args);
  const findings = text.split('\n').filter((line) => / : (Warning|Error) /.test(line));
  problems += findings.length + (ok ? 0 : 1);
  console.log(`bicep ${args.slice(0, 2).join(' ')}: ${ok && findings.length === 0 ? 'ok' : 'FAILED'}`);
  if (!ok || findings.length > 0) console.log(text.trim());
}

if (problems > 0) {
  console.error(`infra: ${problems} problem(s)`);
  process.exit(1);
}
console.log(`infra: compiled and linted with 0 warnings into ${output}`);
