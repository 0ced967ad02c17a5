// The stewards' console (/kelola) in Chromium, against the real app on Azurite: signing in (the development sign-in),
// an edit through the form and the write pipeline seen in the public page, the API and the change feed; a conflict
// between two stewards; who may see but not save; a form from another origin; axe and a phone's width.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import axe from 'axe-core';
import { startApp, startHostServer, launchBrowser } from './app.mjs';
import { registerSteward } from './stewards.mjs';

const mppId = 'kota-pekalongan';
let app;
let host;
let browser;
let pekalongan; // a steward of Kota Pekalongan (regency 33.75)
let colleague; // a second steward of the same regency
let langsa; // a steward of Kota Langsa only (11.74): Pekalongan is outside their scope
let citation; // a citation the MPP already carries: a real source and its sentence

const get = (path, init) => fetch(new URL(path, app.origin), init);
const getJson = async (path) => (await get(path)).json();

before(async () => {
  app = await startApp();
  host = await startHostServer(app.origin);
  browser = await launchBrowser();
  pekalongan = await registerSteward(app.origin, { scope: ['33.75'], name: 'Petugas MPP Pekalongan' });
  colleague = await registerSteward(app.origin, { scope: ['33.75'], name: 'Petugas DPMPTSP Pekalongan' });
  langsa = await registerSteward(app.origin, { scope: ['11.74'], name: 'Petugas MPP Langsa' });
  [citation] = (await getJson(`/api/v1/mpps/${mppId}`)).citations;
}, { timeout: 180_000 });

after(async () => {
  await browser?.close();
  await host?.stop();
  await app?.stop();
});

/** A fresh browser (its own cookies) signed in through the development sign-in as steward (or as nobody registered). */
async function signedIn(steward, { width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'id-ID' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(new URL('/kelola', app.origin).href);
  assert.match(page.url(), /\/kelola\/masuk\?kembali=%2Fkelola$/, 'the console sends a visitor to sign in first');
  await page.locator(steward ? `input[value="${steward.id}"]` : 'input[value="unregistered"]').check();
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(/\/kelola$/);
  return { context, page };
}

async function editPage(page) {
  await page.goto(new URL(`/kelola/mpps/${mppId}`, app.origin).href);
  return page;
}

async function cite(page) {
  await page.locator('#field-source').selectOption(citation.source);
  await page.locator('#field-quote').fill(citation.quote);
}

test('a registered steward signs in, changes the address with a citation, and the page, the API and the change feed show it', async () => {
  const { context, page } = await signedIn(pekalongan);
  try {
    await editPage(page);
    const address = 'Jalan Jaksa Agung R. Soeprapto, Podosugih, Kota Pekalongan (uji konsol)';
    await page.locator('#field-address').fill(address);
    await cite(page);
    await page.getByRole('button', { name: 'Pratinjau' }).click();
    assert.equal(await page.locator('.preview .mpp-card dd', { hasText: address }).count(), 1, 'the preview shows the new address');
    assert.notEqual((await getJson(`/api/v1/mpps/${mppId}`)).address, address, 'a preview writes nothing');

    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/disimpan=1/);
    assert.match(await page.locator('[role="status"]').innerText(), /Tersimpan/);

    assert.equal((await getJson(`/api/v1/mpps/${mppId}`)).address, address);
    const publicPage = await context.newPage();
    await publicPage.goto(new URL(`/mpps/${mppId}`, app.origin).href);
    assert.equal(await publicPage.locator('.mpp-card dd', { hasText: address }).count(), 1, 'the public page shows the new address');
    const { changes } = await getJson('/api/v1/changes?per_page=100');
    const change = changes.find((c) => c.entity === `mpps/${mppId}` && c.after.address === address);
    assert.ok(change, 'the change feed has the change');
    assert.equal(change.actor.id, pekalongan.id, 'made by the signed-in steward');
    assert.deepEqual(change.citations.map((c) => c.quote), [citation.quote]);
  } finally {
    await context.close();
  }
});

test('two stewards edit the same MPP; the second sees both versions and applies theirs on top', async () => {
  const first = await signedIn(pekalongan);
  const second = await signedIn(colleague);
  try {
    await editPage(first.page);
    await editPage(second.page);
    const name = 'Mal Pelayanan Publik Kota Pekalongan (uji nama)';
    const venue = 'Gedung MPP (uji gedung)';
    await first.page.locator('#field-name').fill(name);
    await cite(first.page);
    await first.page.getByRole('button', { name: 'Simpan' }).click();
    await first.page.waitForURL(/disimpan=1/);

    await second.page.locator('#field-venue').fill(venue);
    await cite(second.page);
    await second.page.getByRole('button', { name: 'Simpan' }).click();
    await second.page.getByRole('heading', { name: 'Orang lain menyimpan lebih dulu' }).waitFor();
    const nameRow = second.page.locator('table.conflict tr', { has: second.page.locator('th', { hasText: 'Nama' }) });
    assert.match(await nameRow.innerText(), new RegExp(name.replace(/[()]/g, '\\$&')), 'the saved version shows the first steward\'s name');
    const venueRow = second.page.locator('table.conflict tr', { has: second.page.locator('th', { hasText: 'Gedung' }) });
    assert.match(await venueRow.innerText(), new RegExp(venue.replace(/[()]/g, '\\$&')), 'their own version shows the venue they typed');
    assert.notEqual((await getJson(`/api/v1/mpps/${mppId}`)).venue, venue, 'nothing of the second steward is saved yet');

    await second.page.getByRole('button', { name: 'Terapkan perubahan saya di atas versi tersimpan' }).click();
    await second.page.waitForURL(/disimpan=1/);
    const mpp = await getJson(`/api/v1/mpps/${mppId}`);
    assert.equal(mpp.name, name, 'the first steward\'s change stays');
    assert.equal(mpp.venue, venue, 'the second steward\'s change is applied on top');
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test('a person who is not a registered steward, or a steward outside the MPP\'s scope, can see but not save', async () => {
  for (const who of [null, langsa]) {
    const { context, page } = await signedIn(who);
    try {
      await editPage(page);
      assert.equal(await page.getByRole('button', { name: 'Simpan' }).count(), 0, 'no Save button is offered');
      assert.match(await page.locator('.notice-warning').innerText(), who ? /di luar wilayah Anda/ : /belum terdaftar/);
      const before = await getJson(`/api/v1/mpps/${mppId}`);
      // The same form, posted with a Save anyway (its antiforgery token is valid): still refused.
      await page.locator('#field-floors').fill('7');
      await cite(page);
      const answer = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.evaluate(() => {
        const form = document.querySelector('form.console-form');
        form.insertAdjacentHTML('beforeend', '<input type="hidden" name="action" value="save">');
        form.submit();
      });
      assert.equal((await answer).status(), 403);
      assert.equal((await getJson(`/api/v1/mpps/${mppId}`)).floors, before.floors, 'nothing was saved');
    } finally {
      await context.close();
    }
  }
});

test('a form posted from another origin is refused, even with the steward signed in', async () => {
  const { context, page } = await signedIn(pekalongan);
  try {
    const before = await getJson(`/api/v1/mpps/${mppId}`);
    // Another origin's page that posts a form to the console: the browser sends the session cookie (the two origins
    // are the same site on loopback) but names the other origin, and it has no antiforgery token.
    const target = new URL(`/kelola/mpps/${mppId}`, app.origin).href;
    await page.goto(`${host.origin}/form?${new URLSearchParams({ action: target, floors: '9', source: citation.source, quote: citation.quote })}`);
    const answer = page.waitForResponse((r) => r.url() === target);
    await page.getByRole('button', { name: 'Kirim' }).click();
    assert.equal((await answer).status(), 403);
    await page.getByRole('heading', { name: 'Formulir ditolak' }).waitFor();
    assert.equal((await getJson(`/api/v1/mpps/${mppId}`)).floors, before.floors, 'nothing was saved');
  } finally {
    await context.close();
  }
});

/** A resident, with JavaScript off, suggests a correction from the MPP's page; resolves to the suggestion's id. */
async function suggest({ field, proposed, evidence, contact }) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID' });
  try {
    const page = await context.newPage();
    await page.goto(new URL(`/mpps/${mppId}`, app.origin).href);
    await page.getByRole('link', { name: 'Sarankan perbaikan' }).click();
    await page.locator('#field').selectOption(field);
    await page.locator('#proposed').fill(proposed);
    if (evidence) await page.locator('#evidence').fill(evidence);
    if (contact) await page.locator('#contact').fill(contact);
    await page.getByRole('button', { name: 'Kirim saran' }).click();
    await page.waitForURL(/\/saran\/[a-z0-9]+$/);
    assert.match(await page.locator('main').innerText(), /Menunggu pemeriksaan/, 'the suggestion\'s page says it awaits review');
    return new URL(page.url()).pathname.split('/').pop();
  } finally {
    await context.close();
  }
}

test('without JavaScript a resident suggests corrections; a steward in scope accepts one (its change links it) and rejects another with a public reason; no contact email is ever public', async () => {
  const email = 'warga.pekalongan@example.test';
  const proposed = 'Jalan Jaksa Agung R. Soeprapto (saran warga)';
  const accepted = await suggest({ field: 'address', proposed, evidence: 'Papan nama di depan gedung', contact: email });
  const rejected = await suggest({ field: 'other', proposed: 'Parkir penuh setiap Senin', contact: email });

  const { context, page } = await signedIn(pekalongan);
  try {
    const queue = page.locator('section[aria-labelledby="queue"]');
    assert.match(await queue.innerText(), /saran warga/, 'the suggestion is queued for the steward in scope');
    await page.goto(new URL(`/kelola/saran/${accepted}`, app.origin).href);
    assert.match(await page.locator('.suggestion-facts').innerText(), new RegExp(email.replace(/\./g, '\\.')), 'the steward in scope sees the contact');
    await page.getByRole('link', { name: /^Terima/ }).click();
    assert.equal(await page.locator('#field-address').inputValue(), proposed, 'the edit form opens with the proposed address');
    await cite(page);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.waitForURL(/disimpan=1/);

    const { changes } = await getJson('/api/v1/changes?per_page=100');
    const change = changes.find((c) => c.suggestion === accepted);
    assert.ok(change, 'the change record links the suggestion');
    assert.equal(change.after.address, proposed);
    assert.equal((await getJson(`/api/v1/suggestions/${accepted}`)).status, 'accepted');

    await page.goto(new URL(`/kelola/saran/${rejected}`, app.origin).href);
    await page.locator('#reason-id').fill('Ini keluhan layanan, bukan kesalahan data; sampaikan melalui SP4N-LAPOR!.');
    await page.locator('#reason-en').fill('This is a complaint about the service, not a data error; send it through SP4N-LAPOR!.');
    await page.getByRole('button', { name: 'Tolak saran' }).click();
    await page.getByText('Saran ditolak').waitFor();
  } finally {
    await context.close();
  }

  const publicView = await browser.newContext({ javaScriptEnabled: false, locale: 'id-ID' });
  try {
    const page = await publicView.newPage();
    await page.goto(new URL(`/saran/${accepted}`, app.origin).href);
    assert.match(await page.locator('main').innerText(), /Diterima/);
    await page.goto(new URL(`/saran/${rejected}`, app.origin).href);
    const text = await page.locator('main').innerText();
    assert.match(text, /Ditolak/);
    assert.match(text, /keluhan layanan, bukan kesalahan data/, 'the reason is public');
  } finally {
    await publicView.close();
  }

  for (const path of [`/api/v1/suggestions?mpp=${mppId}`, `/api/v1/suggestions/${accepted}`, `/api/v1/suggestions/${rejected}`, `/saran/${accepted}`, `/saran/${rejected}`, '/api/v1/changes?per_page=100', `/mpps/${mppId}`]) {
    const body = await (await get(path)).text();
    assert.ok(!body.includes(email), `${path} shows the contact email`);
  }
});

test('"checked today" sets verifiedAt in the API and on the page; a record never checked is shown as due', async () => {
  const before = await getJson(`/api/v1/mpps/${mppId}`);
  assert.equal(before.verificationDue, true, 'a record never checked is due');
  const publicPage = await browser.newContext({ locale: 'id-ID' });
  try {
    const page = await publicPage.newPage();
    await page.goto(new URL(`/mpps/${mppId}`, app.origin).href);
    assert.match(await page.locator('.mpp-checked').first().innerText(), /perlu diperiksa ulang/);
  } finally {
    await publicPage.close();
  }

  const { context, page } = await signedIn(pekalongan);
  try {
    assert.match(await page.locator('section[aria-labelledby="mine"]').innerText(), /perlu diperiksa ulang/, 'the console lists it as due');
    await editPage(page);
    await page.getByRole('button', { name: 'Tandai diperiksa hari ini: masih benar' }).click();
    await page.waitForURL(/diperiksa=1/);
    const after = await getJson(`/api/v1/mpps/${mppId}`);
    assert.equal(after.verificationDue, false);
    assert.equal(after.verifiedBy, pekalongan.id);
    assert.ok(Date.now() - Date.parse(after.verifiedAt) < 120_000, `verifiedAt ${after.verifiedAt} is now`);
    await page.goto(new URL(`/mpps/${mppId}`, app.origin).href);
    const line = await page.locator('.mpp-checked').first().innerText();
    assert.match(line, /Terakhir diperiksa/);
    assert.doesNotMatch(line, /perlu diperiksa ulang/);
  } finally {
    await context.close();
  }
});

/** Runs axe on the page as it is now: zero serious or critical WCAG 2.1 A/AA violations. */
async function assertAccessible(page, name) {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  })).violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => node.target) })));
  const serious = violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.equal(serious.length, 0, `${name}: ${serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes)}`).join('\n')}`);
}

async function assertFitsPhone(page, name) {
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), `${name} is wider than 375 px`);
}

test('every console and suggestion page is axe-clean and fits a 375 px phone: sign-in, home, edit, errors, preview, conflict, suggestions', async () => {
  for (const width of [375, 1280]) {
    const check = async (page, name) => {
      await assertAccessible(page, `${name} at ${width} px`);
      if (width === 375) await assertFitsPhone(page, name);
    };
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'id-ID' });
    const signIn = await context.newPage();
    await signIn.goto(new URL('/kelola/masuk', app.origin).href);
    await check(signIn, 'the sign-in page');
    await context.close();

    const { context: mine, page } = await signedIn(pekalongan, { width });
    const { context: theirs, page: other } = await signedIn(colleague, { width });
    try {
      await check(page, 'the console home');
      await editPage(page);
      await check(page, 'the edit page');
      await page.getByRole('button', { name: 'Simpan' }).click(); // no citation: errors
      await page.locator('.error-summary').waitFor();
      await check(page, 'the edit page with errors');
      await cite(page);
      await page.locator('#field-venue').fill(`Gedung MPP (uji ${width})`);
      await page.getByRole('button', { name: 'Pratinjau' }).click();
      await page.locator('.preview').waitFor();
      await check(page, 'the preview');
      await editPage(other);
      await cite(other);
      await other.locator('#field-floors').fill(String(width === 375 ? 3 : 4));
      await other.getByRole('button', { name: 'Simpan' }).click();
      await other.waitForURL(/disimpan=1/);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await page.getByRole('heading', { name: 'Orang lain menyimpan lebih dulu' }).waitFor();
      await check(page, 'the conflict page');

      const created = await get('/api/v1/suggestions', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ mpp: mppId, field: 'venue', proposed: `Gedung MPP lantai ${width}` }),
      });
      assert.equal(created.status, 201);
      const { id } = await created.json();
      await page.goto(new URL(`/kelola/saran/${id}`, app.origin).href);
      await check(page, 'the console\'s suggestion page');
      await page.goto(new URL(`/mpps/${mppId}/saran`, app.origin).href);
      await check(page, 'the suggestion form');
      await page.getByRole('button', { name: 'Kirim saran' }).click(); // nothing filled in: errors
      await page.locator('.error-summary').waitFor();
      await check(page, 'the suggestion form with errors');
      await page.goto(new URL(`/saran/${id}`, app.origin).href);
      await check(page, 'a suggestion\'s public page');
    } finally {
      await mine.close();
      await theirs.close();
    }
  }
});
