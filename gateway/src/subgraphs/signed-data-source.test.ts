import { bodyDigest, CALLER_HEADER, verifyCaller } from '@jingtong/kit';
import { operationOf, startStubbedGateway, STUB_SECRET, type StubbedGateway, type StubHandler } from '../testing/stubbed-gateway.js';

const PLATES = ['豫K·A1234', '豫K·B5678'];
const ME = { __typename: 'Citizen', id: 'c-1', name: '张*', boundPlates: PLATES };
const QUERY = '{ me { name vehicles { plate } } }';
const INTERNAL = /ORA-|10\.0\.0\.8|ECONN|socket|stack|_entities|127\.0\.0\.1|UND_ERR/i;

/**
 * What the gateway makes of each way a subgraph's answer can go wrong (signed-data-source.ts, keep-alive-fetcher.ts):
 * the rest of the data still answers, the failed part is null with a code, and nothing internal leaves.
 */
describe('the signed data source: a subgraph fetch that fails', () => {
  let gateway: StubbedGateway;
  let traffic: StubHandler;
  beforeAll(async () => {
    gateway = await startStubbedGateway({ identity: () => ({ json: { data: { me: ME } } }), traffic: (seen, res) => traffic(seen, res) });
  });
  afterAll(() => gateway?.close());

  const ask = async () => gateway.post({ query: QUERY }, { authorization: `Bearer ${await gateway.token('c-1')}`, 'x-request-id': 'req-data-source-1' });

  it('maps mercurius’ string-typed `_entities` error paths back to the client’s path', async () => {
    traffic = () => ({
      json: {
        data: { _entities: [{ vehicles: null }] },
        // As mercurius serialises them: the index is a string.
        errors: [{ message: '业务系统暂不可用，请稍后再试', path: ['_entities', '0', 'vehicles'], extensions: { code: 'LEGACY_UNAVAILABLE', system: 'traffic' } }],
      },
    });
    const { status, body } = await ask();
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { name: '张*', vehicles: null } });
    expect(body.errors).toEqual([{ message: '业务系统暂不可用，请稍后再试', path: ['me', 'vehicles'], extensions: expect.objectContaining({ code: 'LEGACY_UNAVAILABLE', system: 'traffic' }) }]);
  });

  it('signs the fetch over its exact body, for this caller and request id', async () => {
    traffic = () => ({ json: { data: { _entities: [{ vehicles: [{ plate: PLATES[0] }] }] } } });
    expect((await ask()).body.data).toEqual({ me: { name: '张*', vehicles: [{ plate: PLATES[0] }] } });
    const fetch = gateway.seen.traffic.at(-1)!;
    expect(operationOf(fetch).variables?.representations).toEqual([{ __typename: 'Citizen', id: 'c-1', boundPlates: PLATES }]);
    const verified = verifyCaller(fetch.headers[CALLER_HEADER] as string, STUB_SECRET, bodyDigest(fetch.body));
    expect(verified).toMatchObject({ ok: true, caller: { kind: 'citizen', sub: 'c-1', acr: 1, requestId: 'req-data-source-1' } });
    expect(verifyCaller(fetch.headers[CALLER_HEADER] as string, STUB_SECRET, bodyDigest(`${fetch.body} `))).toEqual({ ok: false, reason: 'body-mismatch' });
  });

  it('passes a subgraph’s stale flags on in extensions.stale', async () => {
    traffic = () => ({ json: { data: { _entities: [{ vehicles: [{ plate: PLATES[0] }] }] }, extensions: { stale: ['traffic.vehicleByPlate'] } } });
    const { body } = await ask();
    expect(body.data.me.vehicles).toEqual([{ plate: PLATES[0] }]);
    expect(body.extensions).toEqual({ stale: ['traffic.vehicleByPlate'] });
  });

  it('a connection cut in the middle of the body: SUBGRAPH_UNAVAILABLE on the subgraph’s fields, the rest answers', async () => {
    traffic = (_seen, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
      res.write('{"data":{"_entities":[{"vehicles":[{"pla');
      setTimeout(() => res.socket?.destroy(), 20);
      return 'handled';
    };
    const { status, text, body } = await ask();
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { name: '张*', vehicles: null } });
    // A whole fetch failed: Apollo Gateway gives its error no path.
    expect(body.errors).toEqual([{ message: '服务暂不可用，请稍后再试', extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE' }) }]);
    expect(text).not.toMatch(INTERNAL);
  });

  it.each([500, 502, 401])('a subgraph answering HTTP %i with internal text: SUBGRAPH_UNAVAILABLE, neither its URL nor its text reaches the client', async (status) => {
    traffic = () => ({ status, text: 'ORA-00942: table or view does not exist at 10.0.0.8:1521' });
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ me: { name: '张*', vehicles: null } });
    expect(answer.body.errors).toEqual([{ message: '服务暂不可用，请稍后再试', extensions: { code: 'SUBGRAPH_UNAVAILABLE', requestId: 'req-data-source-1' } }]);
    expect(answer.text).not.toMatch(INTERNAL);
  });

  it('a subgraph answering something that is not JSON: the same', async () => {
    traffic = () => ({ text: '<html>502 Bad Gateway at 10.0.0.8</html>' });
    const { text, body } = await ask();
    expect(body.data).toEqual({ me: { name: '张*', vehicles: null } });
    expect(body.errors![0]).toMatchObject({ message: '系统繁忙，请稍后再试' });
    expect(text).not.toMatch(INTERNAL);
  });
});
