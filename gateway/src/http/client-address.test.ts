import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { trustedProxiesSchema, trustProxyOption } from './client-address.js';

/** The address Fastify gives a request from this process (peer 127.0.0.1) with that header. */
async function ipSeen(trusted: string | undefined, forwardedFor?: string) {
  const app = Fastify({ trustProxy: trustProxyOption(trustedProxiesSchema.parse(trusted)) });
  app.get('/', async (request) => request.ip);
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const res = await fetch(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`, { headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
    return await res.text();
  } finally {
    await app.close();
  }
}

describe('TRUSTED_PROXIES: whose X-Forwarded-For is believed', () => {
  it('defaults to loopback (the web proxy on the same host)', async () => {
    expect(trustedProxiesSchema.parse(undefined)).toEqual(['loopback']);
    expect(await ipSeen(undefined, '203.0.113.7')).toBe('203.0.113.7');
    expect(await ipSeen(undefined)).toBe('127.0.0.1');
  });

  it('ignores the header from a peer that is not listed', async () => {
    expect(await ipSeen('10.0.0.0/8', '203.0.113.7')).toBe('127.0.0.1');
    expect(await ipSeen('192.0.2.10', '203.0.113.7')).toBe('127.0.0.1');
  });

  it('takes the nearest untrusted entry, so a client cannot prepend its own', async () => {
    expect(await ipSeen('loopback', '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(await ipSeen('loopback,10.0.0.0/8', '6.6.6.6, 203.0.113.7, 10.1.2.3')).toBe('203.0.113.7');
  });

  it('none trusts nobody', async () => {
    expect(trustedProxiesSchema.parse('none')).toEqual([]);
    expect(await ipSeen('none', '203.0.113.7')).toBe('127.0.0.1');
  });

  it('refuses what is not an address, a CIDR or a named range', () => {
    expect(trustedProxiesSchema.safeParse('10.0.0.0/33').success).toBe(false);
    expect(trustedProxiesSchema.safeParse('everyone').success).toBe(false);
    expect(trustedProxiesSchema.safeParse('10.0.0.1, ::1/128, 10.0.0.0/255.0.0.0, uniquelocal').success).toBe(true);
  });
});
