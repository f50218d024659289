import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** One service as its own Node process (as `npm start` runs it), so the bench measures real process boundaries. */
export function spawnService(entry: string, env: Record<string, string>): ChildProcess {
  // BENCH_PROFILE=<entry substring> writes a V8 CPU profile of that service to .bench-profiles/ on exit.
  const profile = process.env.BENCH_PROFILE && entry.includes(process.env.BENCH_PROFILE) ? ['--cpu-prof', '--cpu-prof-dir=.bench-profiles'] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

export async function waitHealthy(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not healthy: ${url}`);
}

export async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
          setTimeout(() => c.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
}
