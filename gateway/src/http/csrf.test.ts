import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { refuseSimpleRequests } from './csrf.js';

describe('CSRF: simple POSTs refused before the body is read', () => {
  const app = Fastify();
  app.addHook('onRequest', refuseSimpleRequests);
  app.post('/graphql', async () => ({ ok: true }));
  app.addContentTypeParser('*', (_req, _body, done) => done(null, undefined));
  let url = '';
  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => app.close());

  const post = async (headers: Record<string, string>) => {
    const res = await fetch(url, { method: 'POST', headers, body: headers['content-type'] === 'application/json' ? '{}' : 'query={__typename}' });
    return { statusCode: res.status, json: async () => (await res.json()) as { errors: Array<{ message: string; extensions: { code: string } }> } };
  };

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'TEXT/PLAIN;charset=utf-8'])('refuses %s', async (type) => {
    const res = await post({ 'content-type': type });
    expect(res.statusCode).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ message: '疑似跨站请求，已拒绝', extensions: { code: 'CSRF_PREVENTED' } });
  });

  it('lets JSON through, and a simple type with a preflight-only header', async () => {
    expect((await post({ 'content-type': 'application/json' })).statusCode).toBe(200);
    expect((await post({ 'content-type': 'text/plain', 'apollo-require-preflight': 'true' })).statusCode).toBe(200);
    expect((await post({ 'content-type': 'text/plain', 'x-apollo-operation-name': 'Q' })).statusCode).toBe(200);
  });
});
