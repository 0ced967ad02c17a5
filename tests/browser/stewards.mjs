// What the console's browser tests need beside the app: development tokens signed as the app's DevelopmentTokens
// signs them (HS256 with the clone's development key, the development issuer and audience), and stewards
// registered through the API, as a directory admin registers them.
import { createHmac, randomUUID } from 'node:crypto';
import { developmentKey } from '../../tools/lib.mjs';

const base64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A development bearer token for subject with these app roles (what `npm run token` prints). */
export function developmentToken(subject, roles, name = 'Browser test') {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'HS256', typ: 'JWT' });
  const payload = base64url({ iss: 'mpp-directory-development', aud: 'api://mpp-directory', sub: subject, name, roles, iat: now, nbf: now, exp: now + 3600 });
  const signature = createHmac('sha256', Buffer.from(developmentKey(), 'base64')).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Registers a steward (an admin's write) and resolves to its registry entry ({ id, role, scope, ... }). */
export async function registerSteward(origin, { role = 'Directory.Write', scope, name }) {
  const admin = developmentToken('browser-test-admin', ['Directory.Admin'], 'Browser test admin');
  const response = await fetch(new URL('/api/v1/stewards', origin), {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ objectId: `browser-${randomUUID()}`, issuer: 'mpp-directory-development', role, scope, name }),
  });
  if (response.status !== 201) throw new Error(`registering a steward answered ${response.status}: ${await response.text()}`);
  return response.json();
}
