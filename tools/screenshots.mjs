// Screenshots of the directory's pages and of the card widget on a host page, at a phone's width (375 px) and a
// desktop's (1280 px), whole pages, into docs/screenshots/ (home-375.png, home-1280.png, ...).
// Usage: node tools/screenshots.mjs [--url http://127.0.0.1:7071]   (without --url it builds the app and starts
// it with Azurite and the seed, as the browser tests do). Needs Chromium: apt-get install chromium, or set CHROMIUM.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, buildReleaseApp } from './lib.mjs';
import { startApp, startHostServer, launchBrowser } from '../tests/browser/app.mjs';
import { registerSteward } from '../tests/browser/stewards.mjs';

const urlIndex = process.argv.indexOf('--url');
const givenUrl = urlIndex > 0 ? process.argv[urlIndex + 1] : null;
if (urlIndex > 0 && !givenUrl) {
  console.error('--url needs the base URL of a running app, e.g. --url http://127.0.0.1:7071');
  process.exit(1);
}
const widths = [375, 1280];
const output = join(root, 'docs', 'screenshots');

let app = null;
let host = null;
let browser = null;
try {
  if (!givenUrl) await buildReleaseApp();
  app = givenUrl ? { origin: new URL(givenUrl).origin, stop: async () => {} } : await startApp();
  host = await startHostServer(app.origin);
  browser = await launchBrowser();
  const shots = [
    { name: 'widget-card', url: `${host.origin}/widget?mpp=kota-pekalongan`, ready: 'mpp-directory .mpp-card' },
    { name: 'home', url: `${app.origin}/` },
    { name: 'mpp-kota-pekalongan', url: `${app.origin}/mpps/kota-pekalongan` },
    { name: 'datasets', url: `${app.origin}/datasets` },
    { name: 'statistics', url: `${app.origin}/statistics` },
    { name: 'embed', url: `${app.origin}/embed` },
  ];
  mkdirSync(output, { recursive: true });
  for (const width of widths) {
    // An Indonesian reader's browser: the pages show what most of their readers see.
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
    // Only the app and the host page may answer: a screenshot must not depend on (or call) the internet.
    const loopback = new Set([app.origin, host.origin]);
    await context.route('**/*', (route) => (loopback.has(new URL(route.request().url()).origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    for (const shot of shots) {
      const response = await page.goto(shot.url, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${shot.url} answered ${response?.status()}`);
      if (shot.ready) await page.locator(shot.ready).waitFor();
      const file = join(output, `${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
    await consoleShots(width);
  }
} finally {
  await browser?.close();
  await host?.stop();
  await app?.stop();
}

/**
 * The stewards' console and the suggestion form: the edit page, the conflict page (two stewards save the same MPP) and
 * the form residents fill in, at this width. Registers two stewards of Kota Pekalongan (development tokens).
 */
async function consoleShots(width) {
  const stewards = [];
  for (const name of ['Petugas MPP Pekalongan', 'Petugas DPMPTSP Pekalongan']) stewards.push(await registerSteward(app.origin, { scope: ['33.75'], name }));
  const signIn = async (steward) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${app.origin}/kelola/masuk`);
    await page.locator(`input[value="${steward.id}"]`).check();
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.waitForURL(/\/kelola$/);
    await page.goto(`${app.origin}/kelola/mpps/kota-pekalongan`);
    return { context, page };
  };
  const shoot = async (page, name) => {
    const file = join(output, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  };
  const [mine, theirs] = [await signIn(stewards[0]), await signIn(stewards[1])];
  const { citations: [citation] } = await (await fetch(`${app.origin}/api/v1/mpps/kota-pekalongan`)).json();
  for (const { page } of [mine, theirs]) {
    await page.locator('#field-source').selectOption(citation.source);
    await page.locator('#field-quote').fill(citation.quote);
  }
  await shoot(mine.page, 'console-edit');
  await theirs.page.locator('#field-floors').fill(String(width === 375 ? 3 : 4));
  await theirs.page.getByRole('button', { name: 'Simpan' }).click();
  await theirs.page.waitForURL(/disimpan=1/);
  await mine.page.locator('#field-venue').fill('Gedung Mal Pelayanan Publik (contoh perubahan)');
  await mine.page.getByRole('button', { name: 'Simpan' }).click();
  await mine.page.getByRole('heading', { name: 'Orang lain menyimpan lebih dulu' }).waitFor();
  await shoot(mine.page, 'console-conflict');
  await mine.page.goto(`${app.origin}/mpps/kota-pekalongan/saran`);
  await shoot(mine.page, 'suggestion-form');
  await mine.context.close();
  await theirs.context.close();
}
