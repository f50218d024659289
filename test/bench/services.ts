import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// Plain JavaScript (the build step itself must not need a compiler).
import { compiledEntry } from '../../scripts/build-services.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `compiled`: `node .build/<entry>.js`, as production runs it (`npm run build:services`); `tsx`: `node --import tsx <entry>.ts`, as `npm start`. */
export type Runtime = 'compiled' | 'tsx';

export interface Service {
  /** Its label in the bench's tables: gateway, identity, traffic, legacy, stock-apollo… */
  name: string;
  child: ChildProcess;
  pid: number;
}

/** One service as its own Node process (as `npm start` runs it), so the bench measures real process boundaries. */
export function spawnService(name: string, entry: string, env: Record<string, string>, runtime: Runtime): Service {
  // BENCH_PROFILE=<name> (gateway, identity, traffic, legacy, stock-apollo, hive, hive-rust) writes a V8 CPU
  // profile of that process to .bench-profiles/ when it exits.
  const profiles = (process.env.BENCH_PROFILE ?? '').split(',').filter(Boolean);
  const profile = profiles.includes(name) ? ['--cpu-prof', '--cpu-prof-dir=.bench-profiles', `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : [];
  const args = runtime === 'compiled' ? [compiledEntry(entry)] : ['--import', 'tsx', entry];
  const child = spawn(process.execPath, [...profile, ...args], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}`);
  return { name, child, pid: child.pid };
}

export async function waitHealthy(url: string, timeoutMs = 60_000, init?: RequestInit): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { ...init, signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy: ${url}`);
}

/** A GraphQL server without a health route: ready once it answers `{ __typename }`. */
export const waitGraphQL = (url: string, timeoutMs = 60_000) =>
  waitHealthy(url, timeoutMs, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });

export async function stopAll(services: Service[]): Promise<void> {
  await Promise.all(
    services.map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
}
