import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues, type SoapSample } from '@jingtong/kit';
import { SoapTrafficGateway } from './soap-traffic-gateway.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('./wsdl/traffic.wsdl', import.meta.url));
const samples = loadSoapSamples(FIXTURES);
const login = samples.find((s) => s.name === 'serverHander__ok')!;
const credentials = { userId: 'jingtong', password: 'jingtong-dev', sysCode: 'JINGTONG' };

async function gatewayFor(sample: SoapSample) {
  const replay = await startReplayServer(sample, [login]);
  const client = await createSoapClient({ system: 'traffic', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
  return { replay, client, gateway: new SoapTrafficGateway(client, credentials) };
}

const call = (gateway: SoapTrafficGateway, sample: SoapSample) => {
  const ctx = { requestId: 'fixture' };
  switch (sample.operation) {
    case 'queryVehiclesByOwner':
      return gateway.vehiclesByOwners(xmlValues(sample.request, 'idNumber'), ctx);
    case 'queryVehiclesByPlates':
      return gateway.vehiclesByPlates(xmlValues(sample.request, 'plate'), ctx);
    case 'queryViolationsByPlates':
      return gateway.violationsByPlates(xmlValues(sample.request, 'plate'), ctx);
    default:
      throw new Error(`no call for ${sample.operation}`);
  }
};

const business = samples.filter((s) => s.operation !== 'serverHander');

describe('SoapTrafficGateway against recorded platform samples', () => {
  it('has samples for every operation it uses', () => {
    expect(new Set(business.map((s) => s.operation))).toEqual(new Set(['queryVehiclesByOwner', 'queryVehiclesByPlates', 'queryViolationsByPlates']));
  });

  it.each(business.map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    const { replay, client, gateway } = await gatewayFor(sample);
    try {
      const outcome = await call(gateway, sample).then(
        (value) => ({ ok: true as const, value }),
        (error: { extensions?: { code?: string } }) => ({ ok: false as const, code: error.extensions?.code }),
      );
      const sent = replay.received.filter((r) => r.operation === sample.operation);
      const key = sample.operation === 'queryVehiclesByOwner' ? 'idNumber' : 'plate';
      if (xmlValues(sample.request, key).length === 0) {
        // Recorded with an empty key list: we never bother the platform with that.
        expect(sent).toHaveLength(0);
        expect(outcome.ok).toBe(true);
        return;
      }
      // What we send carries the same business keys as the recorded request, with the session key from serverHander.
      expect(xmlValues(sent[0]!.body, key)).toEqual(xmlValues(sample.request, key));
      expect(xmlValues(sent[0]!.body, 'sessionKey')).toEqual(xmlValues(login.response, 'sessionKey'));

      switch (sample.case) {
        case 'session-invalid':
          // One fresh login and one retry, then the fault surfaces.
          expect(outcome).toEqual({ ok: false, code: 'LEGACY_FAULT' });
          expect(replay.received.filter((r) => r.operation === 'serverHander')).toHaveLength(2);
          expect(sent).toHaveLength(2);
          break;
        case 'business-error':
          expect(outcome).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
          break;
        case 'invalid-request':
        case 'internal-error':
          expect(outcome).toEqual({ ok: false, code: 'LEGACY_FAULT' });
          break;
        default: {
          expect(outcome.ok).toBe(true);
          const map = (outcome as { value: Map<string, unknown> }).value;
          const tag = sample.operation === 'queryViolationsByPlates' ? 'violation' : 'vehicle';
          const recorded = xmlValues(sample.response, tag === 'violation' ? 'violationId' : 'plate').length;
          const mapped = [...map.values()].flatMap((v) => (Array.isArray(v) ? v : [v])).length;
          expect(mapped).toBe(recorded);
        }
      }
    } finally {
      client.close();
      await replay.close();
    }
  });
});
