// `npm start`: the whole system on one machine with the embedded defaults
// (PGlite in .data/<subgraph>/, in-process caches, the legacy stand-ins).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { standInCredentialsEnv } from '@jingtong/legacy';
import { entryOf, SUBGRAPHS } from '../subgraphs/registry.js';
import { formatDemoCitizens } from './demo-citizens.js';
import { formatDemoOfficers } from './demo-officers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const children: ChildProcess[] = [];
// Unset NODE_ENV is production for every service (published development keys refused, no dev sign-in,
// no demo officers): this local demo asks for development explicitly, unless the caller chose a mode.
const mode = process.env.NODE_ENV ?? 'development';

// Legacy stand-ins first, then every subgraph of the registry, then the gateway that composes them.
const services = [
  { name: 'legacy', entry: 'legacy/src/main.ts', health: 'http://127.0.0.1:4900/__legacy/stats' },
  ...SUBGRAPHS.map((s) => ({ name: s.name, entry: entryOf(s.name), health: `http://127.0.0.1:${s.port}/healthz` })),
  { name: 'gateway', entry: 'gateway/src/index.ts', health: 'http://127.0.0.1:4000/healthz' },
];

function run(name: string, command: string, args: string[], cwd = root, env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name.padEnd(8)}] `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) =>
    stream.write(`${chunk.toString().split('\n').filter(Boolean).map((l) => prefix + l).join('\n')}\n`);
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${prefix}exited with ${code}; stopping everything`);
      void stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url: string, name: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
}

let stopping = false;
async function stop(code = 0) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

// Outside production, the channel clients use the stand-ins' DEV ONLY credentials (production refuses them).
const credentials = mode === 'production' ? {} : standInCredentialsEnv();
for (const s of services) {
  run(s.name, process.execPath, ['--import', 'tsx', s.entry], root, { NODE_ENV: mode, ...credentials });
  await waitFor(s.health, s.name);
}

if (!existsSync(`${root}web/.next/BUILD_ID`)) {
  console.log('[web     ] building the web app once (next build) …');
  const built = spawnSync('npm', ['run', 'build', '-w', '@jingtong/web'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) await stop(1);
}
// The development sign-in (seeded citizens by ID number) is for this local demo only; identity refuses it in production.
run('web', process.execPath, [`${root}node_modules/next/dist/bin/next`, 'start', '-H', '127.0.0.1', '-p', process.env.WEB_PORT ?? '3000'], `${root}web`, {
  WEB_DEV_SIGN_IN: mode === 'development' ? 'on' : 'off',
});
await waitFor(`http://127.0.0.1:${process.env.WEB_PORT ?? '3000'}/`, 'web', 120_000);

console.log(`
警通 jingtong is running (embedded defaults):
  GraphQL gateway      http://127.0.0.1:4000/graphql   (health: /healthz, metrics: /metrics)
  Citizen H5           http://127.0.0.1:3000/h5/sign-in   (支付宝 / 微信 / 手机号, or the development sign-in)
  Officer console      http://127.0.0.1:3000/console/sign-in
  Demo data            http://127.0.0.1:4900/__legacy/demo   (what each stand-in accepts for each seeded citizen)
  Legacy admin         http://127.0.0.1:4900/__legacy/stats, SMS outbox http://127.0.0.1:4900/__legacy/sms
`);
console.log(formatDemoCitizens('http://127.0.0.1:4900'));
console.log(formatDemoOfficers());
console.log('Current TOTP codes at any time: npm run demo:totp. Press Ctrl+C to stop.');
