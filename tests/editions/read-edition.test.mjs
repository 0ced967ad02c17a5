// The read edition as deployed: the Native AOT executable (published by tools/test.mjs, path in READ_EDITION) in
// front of the full app, on one seeded Azurite. Every GET route of functions/http answers through the read edition
// exactly as the full app answers it (status, type, ETag, bytes); what the read edition does not serve (writes,
// the change feed, the dataset versions, unknown addresses) reaches the full app and comes back as it answered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { developmentKey, root } from '../../tools/lib.mjs';
import { startApp } from '../browser/app.mjs';

const readEdition = process.env.READ_EDITION;
let app;

/** The proof the read edition sends (a development one: HS256 with the clone's key, the read edition's object id). */
function forwarderProof() {
  const now = Math.floor(Date.now() / 1000);
  const part = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
  const claims = { iss: 'mpp-directory-development', aud: 'api://mpp-directory', oid: 'local-read-edition', iat: now, nbf: now, exp: now + 600 };
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', Buffer.from(developmentKey(), 'base64')).update(unsigned).digest('base64url')}`;
}

// The full app answers only the read edition; to compare answers, the tests call it with the same proof.
const full = (path, init = {}) => fetch(new URL(path, app.origin), { redirect: 'manual', ...init, headers: { ...init.headers, 'X-Forwarder-Token': forwarderProof() } });
const direct = (path, init) => fetch(new URL(path, app.origin), { redirect: 'manual', ...init });
const read = (path, init) => fetch(new URL(path, app.readOrigin), { redirect: 'manual', ...init });

// Answers that carry the moment they were made: health by status and type only; a schedule (and its ETag)
// names when its process first computed it, so it is compared without that moment.
const momentary = new Set(['api/health']);
const stamped = /^api\/v1\/mpps\/[^/]+\/schedule/;

const routes = readdirSync(join(root, 'functions', 'http')).map((name) => {
  const { bindings: [trigger] } = JSON.parse(readFileSync(join(root, 'functions', 'http', name, 'function.json'), 'utf8'));
  return { name, route: trigger.route, methods: trigger.methods };
});

before(async () => {
  assert.ok(readEdition, 'READ_EDITION names the published read edition (npm test publishes it)');
  app = await startApp({ readEdition });
}, { timeout: 180_000 });

after(async () => {
  await app?.stop();
});

/** Each route's parameters filled with values the seed has, found through the full app. */
async function samples() {
  const first = async (path) => (await (await full(path)).json()).items[0];
  const mpp = 'kota-pekalongan';
  return {
    'api/v1/mpps/{id}': mpp,
    'mpps/{id}': mpp,
    'embed/mpps/{id}': mpp,
    'embed/fragments/mpps/{id}': mpp,
    'api/v1/agencies/{id}': (await first('/api/v1/agencies')).id,
    'api/v1/services/{id}': (await first('/api/v1/services')).id,
    'api/v1/sources/{id}': (await first('/api/v1/sources')).id,
    'api/v1/stewards/{id}': 'steward-3f9a0c12d4e5', // admins only: both editions answer 401 without a token
    'kelola/mpps/{id}': mpp, // the console: both send a visitor who is not signed in to /kelola/masuk
    'api/v1/suggestions/{id}': 'k7m2xq9vbe', // no such suggestion in the seed: both answer the same 404
    'saran/{id}': 'k7m2xq9vbe',
    suggestionId: 'k7m2xq9vbe',
    counterId: (await first(`/api/v1/mpps/${mpp}/counters`)).id,
    code: '33.75',
    version: 'latest',
    file: 'mpps.csv',
  };
}

// {id} is looked up by the route up to it (api/v1/mpps/{id}), other parameters by name; a route without a sample fails.
function fill(route, values) {
  return '/' + route.replace(/^\//, '').replace(/\{(\w+)\}/g, (_, name, offset) => {
    const value = values[name === 'id' ? route.slice(0, offset) + '{id}' : name];
    assert.ok(value, `no sample for {${name}} in ${route}`);
    return encodeURIComponent(value);
  });
}

async function assertSameAnswer(path, init = {}) {
  const [expected, actual] = await Promise.all([full(path, init), read(path, init)]);
  const what = `${init.method ?? 'GET'} ${path}`;
  assert.equal(actual.status, expected.status, `${what}: status (${actual.status} here, ${expected.status} from the full app: ${await actual.clone().text()})`);
  assert.equal(actual.headers.get('content-type'), expected.headers.get('content-type'), `${what}: content type`);
  // The security headers of one middleware, the same in both editions (HSTS only behind an https address, not here).
  assert.equal(actual.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  for (const header of ['referrer-policy', 'strict-transport-security', 'content-security-policy']) {
    assert.equal(actual.headers.get(header), expected.headers.get(header), `${what}: ${header}`);
  }
  if (momentary.has(path.slice(1))) return expected;
  const isStamped = stamped.test(path.slice(1));
  if (!isStamped) assert.equal(actual.headers.get('etag'), expected.headers.get('etag'), `${what}: ETag`);
  assert.equal(actual.headers.get('location'), expected.headers.get('location'), `${what}: Location`);
  assert.equal(actual.headers.get('cache-control'), expected.headers.get('cache-control'), `${what}: Cache-Control`);
  // As text where it is text, so that a difference reads as one.
  const [body, expectedBody] = await Promise.all([actual.clone().arrayBuffer(), expected.clone().arrayBuffer()]);
  // A problem's traceId names the request, which differs between the two.
  const text = (bytes) => Buffer.from(bytes).toString('latin1').replace(/"traceId":"[^"]*"/, '"traceId":"…"')
    .replace(isStamped ? /"checkedAt":"[^"]*"/ : /^$/, '"checkedAt":"…"')
    // A form's antiforgery token is new on every view (the suggestion form, the console's sign-in).
    .replace(/name="__RequestVerificationToken" value="[^"]*"/g, 'name="__RequestVerificationToken" value="…"');
  assert.equal(text(body), text(expectedBody), `${what}: body`);
  return expected;
}

test('every GET route answers through the read edition as the full app answers it', async () => {
  const values = await samples();
  const paths = routes.filter((r) => r.methods.includes('get')).map((r) => fill(r.route, values));
  assert.ok(paths.length >= 35, `${paths.length} GET routes`);
  for (const path of paths) await assertSameAnswer(path);
  // Queries, languages, problems and conditional requests, on the routes the benchmark measures.
  for (const path of ['/api/v1/mpps?per_page=2&page=2', '/api/v1/mpps?region=33&lang=en', '/api/v1/search?q=ktp',
    '/api/v1/mpps?per_page=0', '/api/v1/mpps/tidak-ada', '/mpps/kota-pekalongan?lang=en', '/api/v1/mpps/kota-pekalongan/schedule?lang=en']) {
    await assertSameAnswer(path);
  }
  const detail = await full('/api/v1/mpps/kota-pekalongan');
  const revalidated = await read('/api/v1/mpps/kota-pekalongan', { headers: { 'If-None-Match': detail.headers.get('etag') } });
  assert.equal(revalidated.status, 304);
});

test('writes go through the read edition to the full app, which authenticates them and shows them to both', async () => {
  const patch = { method: 'PATCH', headers: { 'content-type': 'application/merge-patch+json' }, body: '{"floors":3}' };
  assert.equal((await assertSameAnswer('/api/v1/mpps/kota-pekalongan', patch)).status, 401);
  assert.equal((await read('/api/v1/mpps/kota-pekalongan', patch)).headers.get('www-authenticate'), 'Bearer');

  // A steward registered (through the read edition, as an admin would) for the whole country.
  const token = execFileSync('npm', ['run', '--silent', 'token', '--', '--role', 'Directory.Write', '--scope', 'national', '--url', app.readOrigin],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  const source = {
    id: 'uji-edisi-baca', publisher: 'Uji', headline: 'Sumber uji edisi baca',
    dateline: { value: '2025-01-02', precision: 'day', basis: 'stated', text: '2 Januari 2025' },
    url: 'https://example.org/uji-edisi-baca', language: 'id',
    about: { id: 'Sumber uji.', en: 'A test source.' }, notes: null,
  };
  const created = await read('/api/v1/sources', {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(source),
  });
  assert.equal(created.status, 201, await created.clone().text());
  assert.equal((await created.json()).id, source.id);

  // The full app published the write; the read edition loads it at its next version check (2 s).
  const deadline = Date.now() + 10_000;
  let seen;
  while (Date.now() < deadline && (seen = await read(`/api/v1/sources/${source.id}`)).status !== 200) await new Promise((r) => setTimeout(r, 200));
  assert.equal(seen.status, 200);
  await assertSameAnswer(`/api/v1/sources/${source.id}`);
  await assertSameAnswer('/api/v1/changes');
});

test('the full app answers a request that did not come through the read edition only on health, with a 403 problem', async () => {
  const values = await samples();
  for (const { route, methods } of routes) {
    const path = fill(route, values);
    for (const method of methods.filter((m) => m !== 'options')) {
      const answer = await direct(path, { method: method.toUpperCase() });
      if (route === 'api/health') {
        assert.notEqual(answer.status, 403, `${method} ${path}: health answers anyone`);
        continue;
      }
      assert.equal(answer.status, 403, `${method} ${path} straight to the full app: ${answer.status}`);
      assert.equal(answer.headers.get('content-type'), 'application/problem+json');
    }
  }
  // A token of anyone else (a steward's, signed by the same issuer) is no proof either.
  const steward = execFileSync('npm', ['run', '--silent', 'token', '--', '--role', 'Directory.Admin'], { cwd: root, encoding: 'utf8' }).trim();
  assert.equal((await direct('/api/v1/mpps', { headers: { 'X-Forwarder-Token': steward } })).status, 403);
  // A client cannot pass a proof through the read edition either: it sends its own.
  assert.equal((await read('/api/v1/changes', { headers: { 'X-Forwarder-Token': 'forged' } })).status, 200);
});

test('an address neither serves is the full app\'s 404 problem', async () => {
  const answer = await assertSameAnswer('/api/v1/nothing-here');
  assert.equal(answer.status, 404);
  assert.equal(answer.headers.get('content-type'), 'application/problem+json');
});
