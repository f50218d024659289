import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues, type SoapSample } from '@jingtong/kit';
import { SoapFaceGateway } from './soap-face-gateway.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('../wsdl/face.wsdl', import.meta.url));
const first = (xml: string, tag: string) => xmlValues(xml, tag)[0] ?? '';

const EXPECTED: Record<string, unknown> = {
  'compareFace__ok': { match: true, liveness: true },
  'compareFace__no-match': { match: false, liveness: true },
  'compareFace__spoof': { liveness: false },
  'compareFace__business-error': null,
  'verifyNetworkIdentity__ok': { ok: true, level: 3 },
  'verifyNetworkIdentity__password-only': { ok: true, level: 2 },
  'verifyNetworkIdentity__mismatch': { ok: false, level: 0 },
  'verifyNetworkIdentity__business-error': { ok: false, level: 0 },
};

async function call(gateway: SoapFaceGateway, sample: SoapSample) {
  const ctx = { requestId: 'fixture' };
  const r = sample.request;
  if (sample.operation === 'compareFace') return gateway.compareFace({ idNumber: first(r, 'idNumber'), photo: first(r, 'photo'), livenessData: first(r, 'livenessData') }, ctx);
  return gateway.verifyNetworkIdentity({ idNumber: first(r, 'idNumber'), name: first(r, 'name'), networkIdCode: first(r, 'networkIdCode'), password: first(r, 'password') }, ctx);
}

describe('SoapFaceGateway against recorded face / network identity samples', () => {
  it.each(loadSoapSamples(FIXTURES).map((s) => [s.name, s] as const))('%s', async (name, sample) => {
    const replay = await startReplayServer(sample);
    const client = await createSoapClient({ system: 'face', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
    try {
      const result = await call(new SoapFaceGateway(client), sample);
      const expected = EXPECTED[name];
      if (expected === null) expect(result).toBeNull();
      else expect(result).toMatchObject(expected as object);
      const sent = replay.received[0]!.body;
      // Without a network identity code we send none (password only, level 2).
      expect(xmlValues(sent, 'networkIdCode')).toEqual(xmlValues(sample.request, 'networkIdCode'));
      expect(xmlValues(sent, 'idNumber')).toEqual(xmlValues(sample.request, 'idNumber'));
      if (sample.operation === 'compareFace' && result && 'score' in result) expect(result.score).toBe(Number(first(sample.response, 'score')));
    } finally {
      client.close();
      await replay.close();
    }
  });
});
