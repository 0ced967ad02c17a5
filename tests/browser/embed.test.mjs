// The directory in a real browser: the <mpp-directory> widget on another origin's page under a strict CSP, the
// iframe embed, the HTML pages (accessibility, JSON-LD, language) and the schedule's language negotiation.
// One app, one host page server and one Chromium serve every test; each test opens its own browser context.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import axe from 'axe-core';
import { root } from '../../tools/lib.mjs';
import { startApp, startHostServer, launchBrowser } from './app.mjs';

const mppId = 'kota-pekalongan';
const pages = ['/', `/mpps/${mppId}`, '/datasets', '/statistics', '/embed'];
// The widget's module and stylesheet, beside its fragments and card (see its README.md there).
const widgetFolder = join(root, 'functions', 'MppDirectory.Api', 'Pages', 'Widget');
const widgetFile = join(widgetFolder, 'mpp-directory.js');

let app;
let host;
let browser;
let mpp; // GET /api/v1/mpps/kota-pekalongan: what the card must show

const get = (path, init) => fetch(new URL(path, app.origin), init);

before(async () => {
  app = await startApp();
  host = await startHostServer(app.origin);
  browser = await launchBrowser();
  const response = await get(`/api/v1/mpps/${mppId}`);
  assert.equal(response.status, 200, `GET /api/v1/mpps/${mppId}`);
  mpp = await response.json();
}, { timeout: 180_000 });

after(async () => {
  await browser?.close();
  await host?.stop();
  await app?.stop();
});

/**
 * Opens url in a fresh browser context, runs check(page, { requests, assertClean }), then fails if anything went
 * wrong on the way: a request to an origin other than the app's and the host page's (it is also blocked), a
 * console error (unless it matches allowedConsoleError), an uncaught exception, or a CSP violation in any frame.
 * stubbed maps the URLs of other origins that the page may ask for to the answers they get here instead.
 * A check that brings tools of its own into the page (axe styles it inline, against the host's CSP) calls
 * assertClean() first: what happens after that call is not the page's doing and is not asserted.
 */
async function inPage(url, check, { allowedConsoleError = null, stubbed = {} } = {}) {
  const context = await browser.newContext();
  context.setDefaultTimeout(15_000);
  const problems = [];
  const requests = [];
  const loopback = new Set([app.origin, host.origin]);
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (loopback.has(new URL(requested).origin)) return route.continue();
    // A request the page may make elsewhere (its CSP allows it), answered here so the tests stay offline.
    if (stubbed[requested]) return route.fulfill(stubbed[requested]);
    problems.push(`request to another origin: ${requested}`);
    return route.abort();
  });
  context.on('request', (request) => requests.push(request.url()));
  // Init scripts are injected by the browser itself, so the host page's CSP does not stop this listener.
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile || event.documentURI}`));
  });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error' || allowedConsoleError?.test(message.text())) return;
      const { url: source } = message.location();
      problems.push(`console error: ${message.text()}${source ? ` (${source})` : ''}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    let asserted = false;
    const assertClean = async () => {
      if (asserted) return;
      asserted = true;
      for (const frame of page.frames()) {
        for (const violation of await frame.evaluate(() => window.cspViolations ?? [])) problems.push(`CSP violation: ${violation}`);
      }
      assert.deepEqual(problems, [], `problems on ${url}`);
    };
    await page.goto(url);
    await check(page, { requests, assertClean });
    await assertClean();
  } finally {
    await context.close();
  }
}

const widgetUrl = (attributes = {}) => `${host.origin}/widget?${new URLSearchParams(attributes)}`;

// Playwright's CSS selectors pierce open shadow roots, so these reach into the widget.
const fragmentRoot = (page) => page.locator('mpp-directory [part="root"] > *').first();
const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/** Every counter of the API appears once: as many .mpp-counter items as counters, each naming its own. */
function assertEveryCounter(counterTexts, statedNames) {
  assert.equal(counterTexts.length, statedNames.length, `counters shown: ${JSON.stringify(counterTexts)}; the API has ${JSON.stringify(statedNames)}`);
  const unclaimed = counterTexts.map(normalize);
  // Longest names first, so that a name contained in a longer one ("BPJS" in "BPJS Kesehatan") cannot take its item.
  for (const name of [...statedNames].sort((a, b) => b.length - a.length)) {
    const index = unclaimed.findIndex((text) => text?.includes(name));
    assert.ok(index >= 0, `no counter item names "${name}"; items: ${JSON.stringify(counterTexts)}`);
    unclaimed[index] = null;
  }
}

test('the card widget shows every counter of the MPP, in Indonesian by default and in English with lang="en"', async () => {
  const statedNames = mpp.counters.map((counter) => counter.statedName);
  const texts = {};
  // An unsupported language falls back to Indonesian.
  for (const [lang, expected] of [[undefined, 'id'], ['en', 'en'], ['fr', 'id']]) {
    await inPage(widgetUrl({ mpp: mppId, ...(lang && { lang }) }), async (page) => {
      const card = page.locator('mpp-directory .mpp-card');
      await card.waitFor();
      assert.equal(await fragmentRoot(page).getAttribute('lang'), expected, `lang=${lang}`);
      assertEveryCounter(await card.locator('.mpp-counter').allTextContents(), statedNames);
      if (expected === 'id') assert.equal(normalize(await card.locator('h2').first().textContent()), mpp.name);
      texts[lang ?? 'default'] = normalize(await card.textContent());
    });
  }
  assert.notEqual(texts.en, texts.default, 'the English card reads the same as the Indonesian one');
});

test('the widget renders again when its attributes change', async () => {
  await inPage(widgetUrl({ mpp: mppId }), async (page) => {
    await page.locator('mpp-directory [part="root"] > .mpp-card[lang="id"]').waitFor();
    await page.locator('mpp-directory').evaluate((widget) => widget.setAttribute('lang', 'en'));
    await page.locator('mpp-directory [part="root"] > .mpp-card[lang="en"]').waitFor();
    await page.locator('mpp-directory').evaluate((widget) => {
      widget.removeAttribute('mpp');
      widget.setAttribute('region', '33.75');
    });
    await page.locator('mpp-directory .mpp-list').waitFor();
  });
});

test('heading-level fits the card into the host page\'s outline', async () => {
  await inPage(widgetUrl({ mpp: mppId, 'heading-level': '3' }), async (page) => {
    await page.locator(`mpp-directory h3#mpp-${mppId}`).waitFor();
    assert.equal(await page.locator('mpp-directory .mpp-card h2').count(), 0);
    assert.ok(await page.locator('mpp-directory .mpp-agency h5').count() > 0);
  });
});

test('an unknown MPP answers 404 and the widget says, in its language, that it could not load', async () => {
  const response = await get('/embed/fragments/mpps/tidak-ada');
  assert.equal(response.status, 404);
  const messages = {};
  for (const lang of ['id', 'en']) {
    await inPage(widgetUrl({ mpp: 'tidak-ada', lang }), async (page) => {
      // The loading message is an .mpp-message too: wait for the root to stop being busy, which it does only
      // once the request has ended, so that a slow answer cannot be mistaken for the failure message.
      const message = page.locator('mpp-directory [part="root"]:not([aria-busy]) > .mpp-message');
      await message.waitFor();
      assert.equal(await message.getAttribute('lang'), lang);
      messages[lang] = await message.textContent();
    }, { allowedConsoleError: /status of 404/ }); // Chromium logs every failed fetch; this one is expected
  }
  assert.notEqual(messages.en, messages.id);
});

for (const region of ['33', '33.75']) {
  test(`the region widget region="${region}" links to Kota Pekalongan's MPP`, async () => {
    await inPage(widgetUrl({ region }), async (page) => {
      // The link keeps the language the widget asked in (?lang=id), so it matches on the path.
      const link = page.locator(`mpp-directory .mpp-list a[href*="/mpps/${mppId}?"]`);
      await link.waitFor();
      assert.equal(await fragmentRoot(page).getAttribute('lang'), 'id');
      assert.equal(normalize(await link.textContent()), mpp.name);
      // Absolute, and at this app: the fragment's links follow PublicBaseUrl.
      assert.equal(new URL(await link.getAttribute('href')).origin, app.origin);
    });
  });
}

test('the search widget searches as one types, and the arrow keys and Escape move between box and results', async () => {
  await inPage(widgetUrl(), async (page, { requests }) => {
    const widget = page.locator('mpp-directory');
    const input = page.locator('mpp-directory input[name="q"]');
    const results = page.locator('mpp-directory .mpp-results a[href]');
    const status = page.locator('mpp-directory .mpp-search-status');
    const focused = () => widget.evaluate((element) => {
      const active = element.shadowRoot.activeElement;
      const links = [...element.shadowRoot.querySelectorAll('.mpp-results a[href]')];
      return active?.matches('input[name="q"]') ? 'input' : links.indexOf(active);
    });

    await input.click();
    await page.keyboard.type('dukcapil', { delay: 40 });
    await results.first().waitFor();
    const searches = requests.filter((url) => new URL(url).pathname === '/embed/fragments/search');
    assert.ok(searches.length >= 1 && searches.length < 'dukcapil'.length, `not debounced: ${searches.length} searches`);
    assert.ok(searches.every((url) => new URL(url).searchParams.get('lang') === 'id'));
    // The status line reads the sentence the server put on the results fragment.
    const sentence = await page.locator('mpp-directory .mpp-results > [data-status]').getAttribute('data-status');
    assert.ok(sentence, 'the results fragment has no data-status');
    assert.equal(normalize(await status.textContent()), normalize(sentence));

    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 0, 'ArrowDown in the box focuses the first result');
    if (await results.count() > 1) {
      await page.keyboard.press('ArrowDown');
      assert.equal(await focused(), 1);
      await page.keyboard.press('ArrowUp');
      assert.equal(await focused(), 0);
    }
    await page.keyboard.press('Escape');
    assert.equal(await focused(), 'input', 'Escape returns to the box');

    // Enter searches at once and leaves the host page where it is.
    const hostUrl = page.url();
    await input.fill('paspor');
    const answered = page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === 'paspor');
    await input.press('Enter');
    await answered;
    assert.equal(page.url(), hostUrl);
  });
});

test('the widget module is served as written, as JavaScript, within 15 KB gzipped, and its stylesheet as written', async () => {
  const response = await get('/embed/mpp-directory.js');
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/javascript/);
  const served = Buffer.from(await response.arrayBuffer());
  assert.ok(served.equals(readFileSync(widgetFile)), 'the served module differs from Pages/Widget/mpp-directory.js');
  const gzipped = gzipSync(served, { level: 9 }).length;
  assert.ok(gzipped <= 15 * 1024, `${gzipped} bytes gzipped`);

  const stylesheet = await get('/embed/mpp-directory.css');
  assert.equal(stylesheet.status, 200);
  assert.match(stylesheet.headers.get('content-type'), /^text\/css/);
  assert.ok(Buffer.from(await stylesheet.arrayBuffer()).equals(readFileSync(join(widgetFolder, 'mpp-directory.css'))),
    'the served stylesheet differs from Pages/Widget/mpp-directory.css');
});

test('the API reference renders under its own CSP (no inline script) with no violation', async () => {
  const response = await get('/api/docs');
  const policy = response.headers.get('content-security-policy');
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(policy.split(';').find((d) => d.trim().startsWith('script-src')), /unsafe/);
  // Redoc's footer logo is the one thing the page asks of another origin; here it is answered locally.
  const logo = { status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>' };
  await inPage(new URL('/api/docs', app.origin).href, async (page) => {
    await page.locator('.api-content h1').waitFor({ timeout: 60_000 });
    assert.ok(await page.locator('[data-section-id^="operation/"]').count() > 10, 'the reference lists the operations');
    // Search runs in Redoc's worker (made from a blob): typing must find an operation.
    await page.locator('input[role="search"], input[placeholder="Search..."]').first().fill('counter');
    await page.locator('[role="search"] ~ * li, [data-role="search:result"]').first().waitFor({ timeout: 15_000 });
  }, { stubbed: { 'https://cdn.redoc.ly/redoc/logo-mini.svg': logo } });
});

test('the card page embeds in an iframe on another origin', async () => {
  await inPage(`${host.origin}/iframe?src=/embed/mpps/${mppId}`, async (page) => {
    const card = page.frameLocator('iframe').locator('.mpp-card');
    await card.waitFor();
    assertEveryCounter(await card.locator('.mpp-counter').allTextContents(), mpp.counters.map((counter) => counter.statedName));
  });
});

test('no serious or critical WCAG 2.1 A/AA violations (axe)', async (t) => {
  const targets = [
    { name: 'the card widget on a host page', url: () => widgetUrl({ mpp: mppId }), ready: 'mpp-directory .mpp-card' },
    ...[...pages, `/embed/mpps/${mppId}`].map((path) => ({ name: path, url: () => new URL(path, app.origin).href })),
  ];
  for (const target of targets) {
    await t.test(target.name, async () => {
      await inPage(target.url(), async (page, { assertClean }) => {
        if (target.ready) await page.locator(target.ready).waitFor();
        await assertClean();
        // Evaluated through the DevTools protocol, so the host page's CSP does not apply to axe itself.
        await page.evaluate(axe.source);
        const violations = await page.evaluate(async () => (await window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        })).violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, nodes: nodes.map((node) => node.target) })));
        const serious = violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
        assert.equal(serious.length, 0, serious.map((violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} ${violation.helpUrl}\n    at ${violation.nodes.map((node) => JSON.stringify(node)).join('\n    at ')}`).join('\n'));
      });
    });
  }
});

test('the MPP page describes the MPP as a schema.org GovernmentOffice in JSON-LD', async () => {
  await inPage(new URL(`/mpps/${mppId}`, app.origin).href, async (page) => {
    const scripts = page.locator('script[type="application/ld+json"]');
    assert.equal(await scripts.count(), 1);
    const data = JSON.parse(await scripts.textContent());
    assert.match(String(data['@context']), /^https?:\/\/schema\.org\/?$/);
    assert.equal(data['@type'], 'GovernmentOffice');
    assert.equal(data.name, mpp.name);
    const address = typeof data.address === 'string' ? data.address : data.address?.streetAddress;
    assert.ok(address?.includes(mpp.address), `address ${JSON.stringify(data.address)} lacks "${mpp.address}"`);
    assert.ok(Array.isArray(data.department) && data.department.length > 0, 'no department list');
  });
});

test('the schedule note speaks Indonesian by default and English when asked by ?lang or Accept-Language', async () => {
  const path = `/api/v1/mpps/${mppId}/schedule`;
  const answers = {
    default: await get(path),
    query: await get(`${path}?lang=en`),
    header: await get(path, { headers: { 'Accept-Language': 'en' } }),
  };
  const notes = {};
  for (const [way, response] of Object.entries(answers)) {
    assert.equal(response.status, 200, way);
    notes[way] = (await response.json()).hours.note;
    const vary = (response.headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase());
    assert.ok(vary.includes('accept-language'), `${way}: Vary is "${response.headers.get('vary')}"`);
  }
  assert.equal(answers.default.headers.get('content-language'), 'id');
  assert.equal(answers.query.headers.get('content-language'), 'en');
  assert.equal(answers.header.headers.get('content-language'), 'en');
  assert.notEqual(notes.query, notes.default);
  assert.equal(notes.header, notes.query);
});

test('every page fits a 375 px phone without scrolling sideways', async () => {
  for (const path of [...pages, `/embed/mpps/${mppId}`]) {
    await inPage(new URL(path, app.origin).href, async (page) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.waitForLoadState('networkidle');
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), `${path} is wider than 375 px`);
    });
  }
});

test('every page declares its language: id by default, en with ?lang=en', async () => {
  for (const path of pages) {
    for (const [query, lang] of [['', 'id'], ['?lang=en', 'en']]) {
      const response = await get(path + query);
      assert.equal(response.status, 200, path + query);
      assert.match(response.headers.get('content-type'), /^text\/html/, path + query);
      const html = await response.text();
      assert.equal(/<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1], lang, path + query);
    }
  }
});
