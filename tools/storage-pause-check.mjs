// Pauses the local run's Azurite (SIGSTOP) for 20 s while the API keeps serving, and prints what
// clients saw: one client at a time with a 2 s deadline, 16 keep-alive clients under load, and
// /api/health 3 s into the pause; then resumes Azurite and checks that reads and health recover.
// Use with `npm start` running: `node tools/storage-pause-check.mjs`. A check for people, not a test.
import http from 'node:http';
import { execSync } from 'node:child_process';

const base = 'http://127.0.0.1:7071';
const pauseMs = 20000;
const routes = ['/api/v1/mpps', '/api/v1/mpps/kota-pekalongan', '/api/v1/search?q=dukcapil', '/api/v1/agencies', '/api/v1/mpps/kota-pekalongan/schedule'];
const pid = Number(execSync("pgrep -f 'azurite.js' | head -1").toString().trim());
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function get(path, timeout, keepAlive) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(base + path, { agent: keepAlive ? agent : false, timeout }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, body }));
    });
    req.on('timeout', () => { req.destroy(); resolve({ status: 0, ms: timeout }); });
    req.on('error', () => resolve({ status: -1, ms: performance.now() - started }));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
process.kill(pid, 'SIGSTOP');
const until = Date.now() + pauseMs;
const single = { ok: 0, failed: 0 };
const latencies = [];
let loadFailed = 0;
try {
  const singleClient = (async () => {
    for (let i = 0; Date.now() < until; i++) {
      const r = await get(routes[i % routes.length], 2000, false);
      if (r.status === 200) single.ok++; else single.failed++;
    }
  })();
  const load = Array.from({ length: 16 }, async (_, k) => {
    for (let i = k; Date.now() < until; i++) {
      const r = await get(routes[i % routes.length], 2000, true);
      if (r.status === 200) latencies.push(r.ms); else loadFailed++;
    }
  });
  await sleep(3000);
  const health = await get('/api/health', 3000, false);
  await Promise.all([singleClient, ...load]);
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))].toFixed(2);
  console.log(`Azurite paused ${pauseMs / 1000} s`);
  console.log(`  one client, 2 s deadline: ${single.ok} ok, ${single.failed} failed`);
  console.log(`  16 keep-alive clients: ${latencies.length} ok, ${loadFailed} failed, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`);
  console.log(`  /api/health 3 s in: ${health.status} in ${health.ms.toFixed(1)} ms: ${health.body}`);
} finally {
  process.kill(pid, 'SIGCONT');
}
await sleep(5000);
const after = await Promise.all(routes.map((r) => get(r, 2000, false)));
const health = await get('/api/health', 2000, false);
console.log(`resumed: reads ${after.map((a) => a.status).join(' ')}; /api/health ${health.status}: ${health.body}`);
agent.destroy();
