import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues, type SoapSample } from '@jingtong/kit';
import { SoapTrafficPlatform } from './soap-traffic-platform.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('../wsdl/traffic.wsdl', import.meta.url));
const samples = loadSoapSamples(FIXTURES);
const login = samples.find((s) => s.name === 'serverHander__ok')!;
const credentials = { userId: 'jingtong', password: 'jingtong-dev', sysCode: 'JINGTONG' };

async function call(platform: SoapTrafficPlatform, sample: SoapSample) {
  const ctx = { requestId: 'fixture' };
  const id = xmlValues(sample.request, 'idNumber')[0] ?? '';
  switch (sample.operation) {
    case 'queryDrivingLicence':
      return platform.drivingLicence(id, ctx);
    case 'queryVehiclesByOwner':
      return platform.vehiclesByOwner(id, ctx);
    default:
      return platform.vehiclesByPlates(xmlValues(sample.request, 'plate'), ctx);
  }
}

describe("identity's traffic platform client against recorded samples", () => {
  it.each(samples.filter((s) => s !== login).map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    const replay = await startReplayServer(sample, [login]);
    const client = await createSoapClient({ system: 'traffic', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
    try {
      const outcome = await call(new SoapTrafficPlatform(client, credentials), sample).then(
        (value) => ({ ok: true as const, value }),
        (e: { extensions?: { code?: string } }) => ({ ok: false as const, code: e.extensions?.code }),
      );
      const sent = replay.received.filter((r) => r.operation === sample.operation);
      // Business calls carry the session key serverHander gave us.
      expect(xmlValues(sent[0]!.body, 'sessionKey')).toEqual(xmlValues(login.response, 'sessionKey'));
      switch (sample.case) {
        case 'session-invalid':
          // One fresh login and one retry, then the fault surfaces.
          expect(sent).toHaveLength(2);
          expect(outcome).toEqual({ ok: false, code: 'LEGACY_FAULT' });
          break;
        case 'invalid-request':
          expect(outcome).toEqual({ ok: false, code: 'LEGACY_FAULT' });
          break;
        case 'business-error':
          expect(outcome).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
          break;
        case 'not-found':
          expect(outcome.ok && (outcome.value === null || (outcome.value as { size?: number; length?: number }).size === 0 || (outcome.value as unknown[]).length === 0)).toBe(true);
          break;
        default: {
          if (sample.operation === 'queryDrivingLicence') {
            expect(outcome).toEqual({
              ok: true,
              value: expect.objectContaining({ licenceNumber: xmlValues(sample.response, 'licenceNumber')[0], fileNumber: xmlValues(sample.response, 'fileNumber')[0], points: Number(xmlValues(sample.response, 'points')[0]) }),
            });
          } else {
            const plates = xmlValues(sample.response, 'plate');
            const owners = xmlValues(sample.response, 'ownerIdNumber');
            const value = (outcome as { value: Map<string, { plate: string; ownerIdNumber: string }> | Array<{ plate: string; ownerIdNumber: string }> }).value;
            const list = value instanceof Map ? [...value.values()] : value;
            expect(list).toEqual(plates.map((plate, i) => ({ plate, ownerIdNumber: owners[i] })));
          }
        }
      }
    } finally {
      client.close();
      await replay.close();
    }
  });
});
