import { createHmac } from 'node:crypto';
import { readTicketQr, signTicketQr } from './qr-signature.js';

const KEY = 'test-queue-ticket-qr-key-0123456789abcdef';
const claims = { ticketId: '0b6f1f5e-3c1a-4d55-9a0c-6d3f1b2a7e11', hallCode: 'XC-WD-01', date: '2026-12-03', number: 'A007' };

const reencode = (payload: string, change: (c: Record<string, string>) => void) => {
  const [prefix, body, sig] = payload.split('.');
  const decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  change(decoded);
  return [prefix, Buffer.from(JSON.stringify(decoded)).toString('base64url'), sig].join('.');
};

describe('ticket QR payloads', () => {
  it('reads back what was signed with the key', () => {
    expect(readTicketQr(KEY, signTicketQr(KEY, claims))).toEqual(claims);
  });

  it('refuses an altered number, hall, date or ticket id under the old signature', () => {
    const signed = signTicketQr(KEY, claims);
    expect(readTicketQr(KEY, reencode(signed, (c) => (c.n = 'A001')))).toBeNull();
    expect(readTicketQr(KEY, reencode(signed, (c) => (c.h = 'XC-CG-01')))).toBeNull();
    expect(readTicketQr(KEY, reencode(signed, (c) => (c.d = '2026-12-04')))).toBeNull();
    expect(readTicketQr(KEY, reencode(signed, (c) => (c.t = '0b6f1f5e-3c1a-4d55-9a0c-6d3f1b2a7e12')))).toBeNull();
  });

  it('refuses another key’s signature, a cut signature, another prefix and junk', () => {
    const signed = signTicketQr(KEY, claims);
    expect(readTicketQr('another-key-entirely-0123456789abcdef', signed)).toBeNull();
    expect(readTicketQr(KEY, signed.slice(0, -4))).toBeNull();
    expect(readTicketQr(KEY, signed.replace(/^JTQ1/, 'JTQ2'))).toBeNull();
    expect(readTicketQr(KEY, 'A007')).toBeNull();
    expect(readTicketQr(KEY, `${signed}.extra`)).toBeNull();
    expect(readTicketQr(KEY, 'x'.repeat(10_000))).toBeNull();
  });

  it('refuses a well-signed payload whose claims are malformed', () => {
    const [prefix] = signTicketQr(KEY, claims).split('.');
    const body = Buffer.from(JSON.stringify({ t: 'not-a-uuid', h: 'XC-WD-01', d: '2026-12-03', n: 'A007' })).toString('base64url');
    const sig = createHmac('sha256', KEY).update(`${prefix}.${body}`).digest('base64url');
    expect(readTicketQr(KEY, `${prefix}.${body}.${sig}`)).toBeNull();
  });
});
