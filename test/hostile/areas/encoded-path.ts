import type { HostileArea } from '../hostile-world.js';

const ME = JSON.stringify({ query: '{ __typename _service { sdl } }' });

/**
 * Issue 7 item 5: the subgraphs' signature check compared the URL string, so an unsigned `POST /%67raphql`
 * (the router decodes it to /graphql) reached mercurius. The check is now a preHandler of the GraphQL
 * route itself; what fails outside resolvers answers a code and a generic message, details only in logs.
 */
export const encodedPath: HostileArea = {
  title: 'percent-encoded paths to a subgraph’s GraphQL route (item 5)',
  define(world) {
    const bases = () => Object.entries(world.stack.subgraphUrls).map(([name, url]) => [name, url.replace(/\/graphql$/, '')] as const);

    it('refuses unsigned requests on every spelling of /graphql, on every subgraph, without internals', async () => {
      for (const [name, base] of bases()) {
        for (const path of ['/%67raphql', '/%67%72%61%70%68%71%6c', '/graphq%6C', '/graphql?', '/graphql;x']) {
          const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ME });
          const text = await res.text();
          expect({ name, path, status: res.status }).toEqual({ name, path, status: res.status === 404 ? 404 : 401 });
          expect(text).not.toContain('_service');
          expect(text).not.toMatch(/TypeError|Cannot read|undefined|at \//);
          if (res.status === 401) expect(JSON.parse(text).errors[0]).toEqual({ message: '请求来源无法验证', extensions: { code: 'CALLER_SIGNATURE_INVALID' } });
        }
      }
    });

    it('refuses GET on the GraphQL route (its operation would sit outside the signed body)', async () => {
      for (const [, base] of bases()) {
        const res = await fetch(`${base}/%67raphql?query=${encodeURIComponent('{ __typename }')}`);
        expect(res.status).toBe(405);
      }
    });

    it('answers broken requests with a code and a generic Chinese message, never the parser’s or Fastify’s words', async () => {
      for (const [, base] of bases()) {
        const broken = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ me' });
        expect(broken.status).toBe(400);
        expect(await broken.json()).toEqual({ data: null, errors: [{ message: '请求格式不正确', extensions: { code: 'BAD_REQUEST' } }] });
        const media = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/x-unknown' }, body: 'x' });
        const mediaText = await media.text();
        expect(media.status).toBe(415);
        expect(mediaText).not.toMatch(/FST_|Unsupported Media Type: text/);
        const nowhere = await fetch(`${base}/%2e%2e/etc/passwd`, { method: 'POST' });
        expect(await nowhere.text()).not.toMatch(/passwd|Route/);
      }
    });
  },
};
