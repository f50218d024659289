import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const webDir = path.join(repoRoot, 'web');
const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next');

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 5_000;

export interface NextServer {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash */
  url: string;
  close(): Promise<void>;
}

export interface StartNextOptions {
  /** Defaults to a free port picked by the OS. */
  port?: number;
  /** The gateway the app's /api/graphql proxies to; read by the app per request. */
  gatewayUrl: string;
  /**
   * More environment for the app, read per request by its server components
   * (e.g. LEGACY_PUBLIC_URL for the Alipay / WeChat authorise pages, WEB_DEV_SIGN_IN).
   */
  env?: Record<string, string>;
}

/**
 * Serves the *built* web app (`npm run build:web` first) with `next start`,
 * in its own process group so close() also ends the workers Next forks.
 */
export async function startNext(options: StartNextOptions): Promise<NextServer> {
  if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
    throw new Error(`no production build in ${webDir}/.next: run \`npm run build:web\` first`);
  }
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;

  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: webDir,
    env: {
      ...process.env,
      ...options.env,
      GATEWAY_URL: options.gatewayUrl,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      PORT: String(port),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  // Keep the tail of the output for the error message if it never comes up.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined || hasExited) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };

  const close = async () => {
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilServing(url, () => hasExited);
  } catch (error) {
    await close();
    throw new Error(`next start did not come up on ${url}: ${(error as Error).message}\n${output}`);
  }
  return { url, close };
}

async function waitUntilServing(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('the process exited');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`not ready after ${READY_TIMEOUT_MS} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
