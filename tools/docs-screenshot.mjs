// Renders /api/docs in headless Chromium with no network beyond loopback and writes artifacts/docs.png.
// Usage: node tools/docs-screenshot.mjs [--url http://127.0.0.1:7071]   (without --url it builds and
// starts the app itself; the docs need no storage). Needs Chromium: apt-get install chromium, or set CHROMIUM.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { root, run, freePort, waitForPort, requireChromium } from './lib.mjs';

const executablePath = requireChromium();
const urlIndex = process.argv.indexOf('--url');
let base = urlIndex > 0 ? process.argv[urlIndex + 1] : null;
let api = null;
if (!base) {
  const port = await freePort();
  await run('dotnet', ['build', 'functions/MppDirectory.Api', '-c', 'Release', '--nologo', '-v', 'quiet']);
  const dll = join(root, 'functions', 'MppDirectory.Api', 'bin', 'Release', 'net10.0', 'MppDirectory.Api.dll');
  api = spawn('dotnet', [dll, '--urls', `http://127.0.0.1:${port}`], { cwd: root, stdio: 'inherit' });
  await waitForPort(port);
  base = `http://127.0.0.1:${port}`;
}

const profile = mkdtempSync(join(tmpdir(), 'mpp-docs-chromium-'));
const output = join(root, 'artifacts', 'docs.png');
const blocked = [];
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  // Only loopback may answer: anything else the page asks for is refused and reported.
  await context.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || protocol === 'data:' || protocol === 'blob:') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(`${base}/api/docs`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.api-content h1', { timeout: 30000 });
  const operations = await page.locator('[data-section-id^="operation/"]').count();
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`docs rendered with ${operations} operations; screenshot in ${output}`);
  console.log(blocked.length === 0 ? 'no request left loopback' : `blocked ${blocked.length} requests:\n  ${blocked.join('\n  ')}`);
} finally {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  api?.kill();
}
