// Runs the directory locally: Azurite (Blob and Table) on loopback, the seed loaded, the API on http://127.0.0.1:7071.
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { root, run, freePort, waitForPort, startAzurite, azuriteConnectionString, developmentKey } from './lib.mjs';

const apiPort = 7071;
// `npm start -- --seed-folder DIR` serves a directory written in the data/seed format instead of data/seed.
const seedIndex = process.argv.indexOf('--seed-folder');
const seedArgs = seedIndex > 0 && process.argv[seedIndex + 1] ? ['--seed-folder', resolve(process.argv[seedIndex + 1])] : [];
const ports = { blob: await freePort(10000), queue: await freePort(10001), table: await freePort(10002) };
const azurite = startAzurite(ports);
const stop = () => { azurite.kill(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await waitForPort(ports.blob);
  await waitForPort(ports.table);
  console.log(`Azurite on http://127.0.0.1:${ports.blob} (Blob) and http://127.0.0.1:${ports.table} (Table)`);
  await run('dotnet', ['build', 'functions/MppDirectory.Cli', '-c', 'Release', '--nologo', '-v', 'quiet']);
  await run('dotnet', ['build', 'functions/MppDirectory.Api', '-c', 'Release', '--nologo', '-v', 'quiet']);

  const cli = join(root, 'functions', 'MppDirectory.Cli', 'bin', 'Release', 'net10.0');
  const bin = join(root, 'functions', 'MppDirectory.Api', 'bin', 'Release', 'net10.0');
  // Stewards' tokens from `npm run token` are signed with this clone's development key.
  // Development: the one environment in which the app takes the development key (it refuses to start with it elsewhere).
  const env = { ...process.env, Storage__ConnectionString: azuriteConnectionString(ports), Authentication__DevelopmentKey: developmentKey(), ASPNETCORE_ENVIRONMENT: 'Development' };
  await run('dotnet', [join(cli, 'mppdir.dll'), 'seed', ...seedArgs], { env });

  console.log(`MPP Directory on http://127.0.0.1:${apiPort}/api/v1/mpps (Ctrl+C stops it)`);
  // The app's folder is its content root, as in Azure, so that its appsettings.json applies.
  const api = spawn('dotnet', [join(bin, 'MppDirectory.Api.dll'), '--urls', `http://127.0.0.1:${apiPort}`],
    { cwd: bin, stdio: 'inherit', env });
  api.on('exit', (code) => { azurite.kill(); process.exit(code ?? 0); });
} catch (error) {
  console.error(error.message);
  azurite.kill();
  process.exit(1);
}
