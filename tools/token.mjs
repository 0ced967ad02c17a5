// `npm run --silent token -- --role Directory.Write [--role Directory.Admin] [--scope 33.75] [--name "Nama"]`:
// prints one line, a bearer token the local run (`npm start`) accepts, signed with this clone's
// development key (HS256), valid for 12 hours. No --role: a token that authenticates but may not write.
import { createHmac, randomUUID } from 'node:crypto';
import { developmentKey } from './lib.mjs';

const values = (name) => process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1]] : []));
const known = new Set(['--role', '--scope', '--name', '--subject']);
for (let i = 2; i < process.argv.length; i += 2) {
  if (!known.has(process.argv[i]) || process.argv[i + 1] === undefined) {
    console.error(`usage: npm run --silent token -- [--role R]... [--scope REGION-OR-MPP]... [--name NAME] [--subject ID] (not '${process.argv[i]}')`);
    process.exit(2);
  }
}

const now = Math.floor(Date.now() / 1000);
const claims = {
  iss: 'mpp-directory-development',
  aud: 'api://mpp-directory',
  sub: values('--subject')[0] ?? `local-${randomUUID()}`,
  name: values('--name')[0] ?? 'Local steward',
  roles: values('--role'),
  iat: now,
  nbf: now,
  exp: now + 12 * 3600,
};
const scope = values('--scope').flatMap((s) => s.split(',')).filter(Boolean);
if (scope.length > 0) claims.mpp_scope = scope.join(' ');

const part = (object) => Buffer.from(JSON.stringify(object)).toString('base64url');
const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
const signature = createHmac('sha256', Buffer.from(developmentKey(), 'base64')).update(unsigned).digest('base64url');
console.log(`${unsigned}.${signature}`);
