// `npm run --silent token -- --role Directory.Write [--role Directory.Admin] [--scope 33.75]... [--name "Nama"] [--subject ID] [--url URL]`:
// prints one line, a bearer token the local run (`npm start`) accepts, signed with this clone's development key
// (HS256), valid for 12 hours. No --role: a token that authenticates but may not write.
// Where a steward may write is the steward registry's say, not the token's: with --scope (MPP ids, province or
// regency codes, or `national`), the token's subject is registered in the running local directory (--url, default
// http://127.0.0.1:7071) with that scope, through POST /api/v1/stewards as a development admin. Without --scope the
// subject is not registered, and its writes are refused (403) as an unregistered steward's are.
import { createHmac, randomUUID } from 'node:crypto';
import { developmentKey } from './lib.mjs';

const values = (name) => process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const known = new Set(['--role', '--scope', '--name', '--subject', '--url']);
for (let i = 2; i < process.argv.length; i += 2) {
  if (!known.has(process.argv[i]) || process.argv[i + 1] === undefined) {
    console.error(`usage: npm run --silent token -- [--role R]... [--scope MPP-OR-REGION-OR-national]... [--name NAME] [--subject ID] [--url URL] (not '${process.argv[i]}')`);
    process.exit(2);
  }
}

const issuer = 'mpp-directory-development';
const audience = 'api://mpp-directory';

/** A token for `subject` with `roles`, signed with the development key. */
function token(subject, name, roles) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: issuer, aud: audience, sub: subject, name, roles, iat: now, nbf: now, exp: now + 12 * 3600 };
  const part = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const signature = createHmac('sha256', Buffer.from(developmentKey(), 'base64')).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

const roles = values('--role');
const subject = values('--subject')[0] ?? `local-${randomUUID()}`;
const name = values('--name')[0] ?? 'Local steward';
const scope = values('--scope').flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);

if (scope.length > 0) {
  const base = (values('--url')[0] ?? 'http://127.0.0.1:7071').replace(/\/$/, '');
  const role = roles.includes('Directory.Admin') ? 'Directory.Admin' : 'Directory.Write';
  let response;
  try {
    response = await fetch(`${base}/api/v1/stewards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token('local-development-admin', 'Local admin', ['Directory.Admin'])}` },
      body: JSON.stringify({ objectId: subject, issuer, role, scope, name }),
    });
  } catch (error) {
    console.error(`token: could not register the steward at ${base} (${error.cause?.code ?? error.message}); start the directory first (npm start)`);
    process.exit(1);
  }
  if (!response.ok) {
    console.error(`token: registering the steward answered ${response.status}: ${await response.text()}`);
    process.exit(1);
  }
  const entry = await response.json();
  console.error(`token: registered ${entry.id} (${entry.role}) for ${entry.scope.join(', ')}`);
}

console.log(token(subject, name, roles));
