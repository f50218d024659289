import type { HostileArea } from '../hostile-world.js';

async function statusFor(url: string, forwardedFor?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return res.status;
}

/**
 * Issue 7 item 3 (gateway): X-Forwarded-For names the client only when it comes from a trusted proxy
 * (TRUSTED_PROXIES); from anyone else it is ignored. The test clients connect from 127.0.0.1.
 */
export const forwardedFor: HostileArea = {
  title: 'client address behind a proxy (issue 7 item 3, gateway)',
  define(world) {
    it('from a trusted proxy (loopback by default), each forwarded client has its own per-IP bucket', async () => {
      const gateway = await world.stack.extraGateway({ RATE_LIMIT_IP_PER_MINUTE: '2' });
      try {
        const clients = [];
        for (let i = 1; i <= 5; i++) clients.push(await statusFor(gateway.url, `203.0.113.${i}`));
        expect(clients).toEqual([200, 200, 200, 200, 200]);
        // One client is still limited, whatever it prepends to the header itself.
        const one = [];
        for (const prefix of ['', '6.6.6.6, ', '7.7.7.7, ']) one.push(await statusFor(gateway.url, `${prefix}198.51.100.20`));
        expect(one).toEqual([200, 200, 429]);
      } finally {
        await gateway.close();
      }
    });

    it('from a peer that is not a trusted proxy, a spoofed header is ignored', async () => {
      // Only 192.0.2.10 (say, the web app's host) is trusted: this process is not.
      const gateway = await world.stack.extraGateway({ RATE_LIMIT_IP_PER_MINUTE: '2', TRUSTED_PROXIES: '192.0.2.10' });
      try {
        const spoofed = [];
        for (let i = 1; i <= 3; i++) spoofed.push(await statusFor(gateway.url, `203.0.113.${i}`));
        expect(spoofed).toEqual([200, 200, 429]);
      } finally {
        await gateway.close();
      }
    });
  },
};
