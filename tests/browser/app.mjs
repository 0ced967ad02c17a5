// What the browser tests and tools/screenshots.mjs run against: the real app (Azurite, the seed, the Release API
// on loopback), a host page server on another origin that embeds the widget under a strict CSP, and Chromium.
// The Release CLI and API must be built already (tools/test.mjs and tools/screenshots.mjs build them).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { root, run, freePort, waitForPort, startAzurite, azuriteConnectionString, developmentKey, requireChromium } from '../../tools/lib.mjs';

const release = (project) => join(root, 'functions', project, 'bin', 'Release', 'net10.0');

// Child processes still running, killed however this process ends (a failed assertion, Ctrl+C, an exception).
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(128 + constants.signals[signal]));

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts a server process and waits until it listens on port; resolves to the child, whose log is kept (not shown)
 * so that its tail can explain an exit nobody asked for. isStopping() tells an expected exit from a crash.
 */
async function startServer(name, command, args, { cwd, env, port, isStopping }) {
  const log = [];
  const logTail = () => Buffer.concat(log).toString().slice(-4000);
  const child = track(spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      log.push(chunk);
      if (log.length > 200) log.shift();
    });
  }
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const listening = await Promise.race([waitForPort(port, 60000).then(() => true), exited.then(() => false)]);
  if (!listening) throw new Error(`${name} exited with ${await exited} before listening:\n${logTail()}`);
  exited.then((status) => {
    if (!isStopping()) console.error(`${name} on port ${port} exited with ${status} while the tests used it:\n${logTail()}`);
  });
  return child;
}

/**
 * Starts Azurite, seeds it and starts the API on a free port; resolves to { origin, stop }.
 * With readEdition (the path of a published read edition, Native AOT), also starts it in front of the API, as
 * deployed: it serves the reads and forwards the rest to the API; then resolves to { origin, readOrigin, stop }.
 * With MPP_TEST_BASE_URL set (e.g. to a running `npm start`), starts nothing and uses that app instead.
 */
export async function startApp({ readEdition } = {}) {
  if (process.env.MPP_TEST_BASE_URL && !readEdition) return { origin: new URL(process.env.MPP_TEST_BASE_URL).origin, stop: async () => {} };

  const ports = { blob: await freePort(), queue: await freePort(), table: await freePort() };
  const azurite = track(startAzurite(ports));
  const servers = [];
  let stopping = false;
  const isStopping = () => stopping;
  const stop = async () => {
    stopping = true;
    for (const server of servers.reverse()) await stopChild(server);
    await stopChild(azurite);
  };
  try {
    await waitForPort(ports.blob);
    await waitForPort(ports.table);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      Storage__ConnectionString: azuriteConnectionString(ports),
      Authentication__DevelopmentKey: developmentKey(), // tokens from `npm run token` (tools/MppDirectory.DevToken)
      ASPNETCORE_ENVIRONMENT: 'Development', // the only environment that takes the development key
      PublicBaseUrl: origin, // links in pages and fragments point at this app, not at the :7071 default
      RateLimiting__PermitsPerMinute: '0', // a browser suite asks far more than one visitor a minute
    };
    await run('dotnet', [join(release('MppDirectory.Cli'), 'mppdir.dll'), 'seed'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const bin = release('MppDirectory.Api');
    // Behind a read edition the full app answers only it, as deployed: the read edition's proof or a 403.
    const fullEnv = readEdition ? { ...env, Forwarding__ForwarderObjectId: 'local-read-edition' } : env;
    servers.push(await startServer('the API', 'dotnet', [join(bin, 'MppDirectory.Api.dll'), '--urls', origin], { cwd: bin, env: fullEnv, port, isStopping }));
    if (!readEdition) return { origin, stop };

    const readPort = await freePort();
    const readOrigin = `http://127.0.0.1:${readPort}`;
    // The same public address as the API's, so that both write the same links and the answers can be compared.
    const readEnv = { ...env, Stewardship__Url: origin };
    servers.push(await startServer('the read edition', readEdition, ['--urls', readOrigin], { cwd: dirname(readEdition), env: readEnv, port: readPort, isStopping }));
    return { origin, readOrigin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A host page server on its own port (so another origin than the API), which embeds the directory as a city's
 * site would, under a CSP that lets in nothing but the API origin:
 *   /widget?mpp=kota-pekalongan&lang=en   <mpp-directory> with the query's parameters as its attributes
 *   /iframe?src=/embed/mpps/kota-pekalongan  an <iframe> of that API page
 *   /form?action=URL&name=value...         a form that posts the other fields to URL (a cross-origin post)
 * Resolves to { origin, stop }.
 */
export async function startHostServer(apiOrigin) {
  const csp = `default-src 'none'; script-src ${apiOrigin}; connect-src ${apiOrigin}; style-src ${apiOrigin}; `
    + `img-src ${apiOrigin} data:; frame-src ${apiOrigin}`;
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://host');
    let body;
    if (url.pathname === '/widget') {
      const attributes = [...url.searchParams].map(([name, value]) => ` ${escapeHtml(name)}="${escapeHtml(value)}"`).join('');
      body = `<mpp-directory${attributes}></mpp-directory>`;
    } else if (url.pathname === '/iframe') {
      const src = new URL(url.searchParams.get('src') ?? '/', apiOrigin);
      body = `<iframe src="${escapeHtml(src)}" title="Direktori Mal Pelayanan Publik" width="600" height="800"></iframe>`;
    } else if (url.pathname === '/form') {
      // Another site's form that posts to the directory (the console must refuse it): action and fields from the query.
      const fields = [...url.searchParams].filter(([name]) => name !== 'action')
        .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('');
      body = `<form method="post" action="${escapeHtml(url.searchParams.get('action'))}">${fields}<button type="submit">Kirim</button></form>`;
    } else {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });
    // The data: icon keeps Chromium from asking this origin for /favicon.ico.
    response.end(`<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Layanan publik Kota Pekalongan</title></head>
<body><main><h1>Layanan publik Kota Pekalongan</h1>
${body}
</main><script type="module" src="${apiOrigin}/embed/mpp-directory.js"></script></body></html>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** Headless Chromium, quiet: no background traffic of its own, so every request seen is a page's. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
