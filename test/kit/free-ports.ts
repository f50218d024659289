import { createServer, type AddressInfo } from 'node:net';

/**
 * `n` ports free on 127.0.0.1 right now: all held open together (so none repeats), then released for the
 * caller to listen on. Another process could take one in between; on a test machine that does not happen.
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
