// Runs the directory locally: Azurite on loopback, the seed loaded, the API on http://127.0.0.1:7071.
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { root, run, freePort, waitForPort, startAzurite, azuriteConnectionString } from './lib.mjs';

const apiPort = 7071;
const tablePort = await freePort(10002);
const azurite = startAzurite(tablePort);
const stop = () => { azurite.kill(); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await waitForPort(tablePort);
  console.log(`Azurite Table Storage on http://127.0.0.1:${tablePort}`);
  await run('dotnet', ['build', 'functions/MppDirectory.Cli', '-c', 'Release', '--nologo', '-v', 'quiet']);

  const bin = join(root, 'functions', 'MppDirectory.Cli', 'bin', 'Release', 'net10.0');
  const env = { ...process.env, Storage__ConnectionString: azuriteConnectionString(tablePort) };
  await run('dotnet', [join(bin, 'mppdir.dll'), 'seed'], { env });

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
