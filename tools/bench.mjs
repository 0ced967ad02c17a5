// `npm run bench`: the synthetic national directory (514 MPPs, 10,280 counters, weekly hours) seeded into
// Azurite, the API's read edition (as deployed) started on it, and list, detail and search measured with wrk side by side with nginx
// serving the same response bytes as static files. Prints one table; a benchmark, not a test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root, run, freePort, waitForPort, startAzurite, azuriteConnectionString, publishReadEdition } from './lib.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const work = join(root, 'artifacts', 'bench');

function has(command) { return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0; }
if (!has('nginx') || !has('wrk')) {
  if (process.getuid?.() === 0 && has('apt-get')) {
    await run('apt-get', ['update', '-qq']);
    await run('apt-get', ['install', '-y', '-qq', 'nginx-light', 'wrk']);
  } else {
    console.error('npm run bench needs nginx and wrk: sudo apt-get install -y nginx-light wrk');
    process.exit(1);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMiB = (pid, field = 'VmRSS') => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(field + ':'));
    return Number(line.split(/\s+/)[1]) / 1024;
  } catch { return NaN; }
};

rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'www'), { recursive: true });
await run('dotnet', ['build', 'benchmarks/MppDirectory.Benchmarks', '-c', 'Release', '--nologo', '-v', 'quiet']);
await run('dotnet', ['build', 'functions/MppDirectory.Cli', '-c', 'Release', '--nologo', '-v', 'quiet']);
// The reads as they are deployed (npm run package): the read edition, Native AOT. It forwards writes to the full
// app, which this benchmark does not start: it measures reads only.
const executable = await publishReadEdition(join(work, 'api'));
const published = dirname(executable);
const seedFolder = join(work, 'national');
await run('dotnet', [join(root, 'benchmarks', 'MppDirectory.Benchmarks', 'bin', 'Release', 'net10.0', 'MppDirectory.Benchmarks.dll'), 'write', seedFolder]);

const ports = { blob: await freePort(), queue: await freePort(), table: await freePort() };
const azurite = startAzurite(ports);
const children = [azurite];
// SIGTERM, not SIGKILL: nginx's master stops its workers only when it is asked, not when it is killed.
const stopAll = () => children.forEach((c) => { try { c.kill('SIGTERM'); } catch { /* gone */ } });
process.on('exit', stopAll);
try {
  await waitForPort(ports.blob);
  await waitForPort(ports.table);
  const env = { ...process.env, Storage__ConnectionString: azuriteConnectionString(ports), RateLimiting__PermitsPerMinute: '0', Logging__LogLevel__Default: 'Warning' };

  // Seeding: wall time and the CLI's peak memory.
  const cli = join(root, 'functions', 'MppDirectory.Cli', 'bin', 'Release', 'net10.0', 'mppdir.dll');
  const seedStart = performance.now();
  const seeding = spawn('dotnet', [cli, 'seed', '--seed-folder', seedFolder], { cwd: root, env, stdio: 'ignore' });
  let seedPeak = 0;
  const poll = setInterval(() => { seedPeak = Math.max(seedPeak, rssMiB(seeding.pid, 'VmHWM') || 0); }, 25);
  const seedCode = await new Promise((resolve) => seeding.on('exit', resolve));
  clearInterval(poll);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  if (seedCode !== 0) throw new Error(`seeding exited with ${seedCode}`);

  // Cold start: process start to the first data answer.
  const apiPort = await freePort();
  const base = `http://127.0.0.1:${apiPort}`;
  const started = performance.now();
  const api = spawn(executable, ['--urls', base], { cwd: published, env: { ...env, PublicBaseUrl: base }, stdio: 'ignore' });
  children.push(api);
  const detailPath = '/api/v1/mpps/sintetis-33-75';
  let coldStart = NaN;
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(base + detailPath)).status === 200) { coldStart = (performance.now() - started) / 1000; break; }
    } catch { /* not listening yet */ }
    await sleep(10);
  }

  // The same bytes for nginx.
  const reads = [
    ['list', '/api/v1/mpps?per_page=100'],
    ['detail', detailPath],
    ['search', '/api/v1/search?q=dukcapil'],
  ];
  const nginxPort = await freePort();
  const locations = [];
  for (const [name, path] of reads) {
    const bytes = Buffer.from(await (await fetch(base + path)).arrayBuffer());
    writeFileSync(join(work, 'www', `${name}.json`), bytes);
    locations.push(`location = /${name} { default_type application/json; alias ${join(work, 'www', `${name}.json`)}; }`);
  }
  writeFileSync(join(work, 'nginx.conf'), `worker_processes 2; daemon off; pid ${join(work, 'nginx.pid')}; error_log ${join(work, 'nginx-error.log')};
events { worker_connections 1024; }
http { access_log off; etag on; sendfile on; keepalive_requests 1000000; server { listen 127.0.0.1:${nginxPort}; ${locations.join(' ')} } }
`);
  const nginx = spawn('nginx', ['-c', join(work, 'nginx.conf'), '-p', work], { stdio: 'ignore' });
  children.push(nginx);
  await waitForPort(nginxPort);

  const wrk = (url) => {
    const out = spawnSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], { encoding: 'utf8' }).stdout;
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
    const ms = (label) => {
      const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
      return m ? Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 })[m[2]] : NaN;
    };
    return { rps, p50: ms('50'), p99: ms('99') };
  };

  // Warm-up, as any long-running server is: JIT tiering and the first computation of each answer.
  for (const [name, path] of reads) {
    spawnSync('wrk', ['-t1', `-c${connections}`, '-d2s', base + path]);
    spawnSync('wrk', ['-t1', `-c${connections}`, '-d2s', `http://127.0.0.1:${nginxPort}/${name}`]);
  }

  const rows = [];
  for (const [name, path] of reads) {
    const app = wrk(base + path);
    const ref = wrk(`http://127.0.0.1:${nginxPort}/${name}`);
    rows.push({ name, path, bytes: readFileSync(join(work, 'www', `${name}.json`)).length, app, ref });
  }
  const rss = rssMiB(api.pid);

  // RSS over a longer load run of the three reads in turn: it should stay flat.
  const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
  const soakSamples = [];
  const soakUntil = Date.now() + soakSeconds * 1000;
  for (let i = 0; Date.now() < soakUntil; i++) {
    const path = reads[i % reads.length][1];
    spawnSync('wrk', ['-t1', `-c${connections}`, '-d5s', base + path]);
    soakSamples.push(rssMiB(api.pid));
  }

  const f = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }) : 'n/a');
  const lines = [
    `| read | bytes | app req/s | nginx req/s | ratio | app p50 / p99 ms | nginx p50 / p99 ms |`,
    `|---|---|---|---|---|---|---|`,
    ...rows.map((r) => `| \`${r.path}\` | ${f(r.bytes)} | ${f(r.app.rps)} | ${f(r.ref.rps)} | ${f(r.app.rps / r.ref.rps, 2)}× | ${f(r.app.p50, 2)} / ${f(r.app.p99, 2)} | ${f(r.ref.p50, 2)} / ${f(r.ref.p99, 2)} |`),
    '',
    `| measure | figure |`,
    `|---|---|`,
    `| cold start (process start to the first data answer) | ${f(coldStart, 2)} s |`,
    `| API RSS after the load runs | ${f(rss)} MiB |`,
    `| API RSS during a further ${soakSeconds} s load run (every 5 s: first, min, max, last) | ${f(soakSamples[0])}, ${f(Math.min(...soakSamples))}, ${f(Math.max(...soakSamples))}, ${f(soakSamples.at(-1))} MiB |`,
    `| seeding the national directory (mppdir seed, incl. dataset version) | ${f(seedSeconds, 1)} s, CLI peak ${f(seedPeak)} MiB |`,
    '',
    `wrk -t1 -c${connections} -d${seconds}s on loopback after a 2 s warm-up of each URL, nginx (2 workers) serving the same bytes as static files, same run.`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(work, 'RESULTS.md'), lines.join('\n') + '\n');
} finally {
  stopAll();
}
