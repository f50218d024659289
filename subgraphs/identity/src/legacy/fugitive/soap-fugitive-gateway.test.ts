import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues } from '@jingtong/kit';
import { SoapFugitiveGateway } from './soap-fugitive-gateway.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('../wsdl/fugitive.wsdl', import.meta.url));

describe('SoapFugitiveGateway against recorded fugitive comparison samples', () => {
  it.each(loadSoapSamples(FIXTURES).map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    const replay = await startReplayServer(sample);
    const client = await createSoapClient({ system: 'fugitive', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
    try {
      // We screen one person per call; for the batch sample, the one who is listed.
      const listed = xmlValues(sample.response, 'idNumber');
      const idNumber = sample.case === 'many-ids' ? listed[0]! : xmlValues(sample.request, 'idNumber')[0]!;
      const outcome = await new SoapFugitiveGateway(client).check(idNumber, { requestId: 'fixture' }).then(
        (hit) => ({ ok: true as const, hit }),
        (e: { extensions?: { code?: string } }) => ({ ok: false as const, code: e.extensions?.code }),
      );
      expect(xmlValues(replay.received[0]!.body, 'idNumber')).toEqual([idNumber]);
      if (sample.case === 'business-error') expect(outcome).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
      else if (sample.case === 'not-found') expect(outcome).toEqual({ ok: true, hit: null });
      else {
        expect(outcome).toEqual({
          ok: true,
          hit: {
            idNumber,
            caseNumber: xmlValues(sample.response, 'caseNumber')[0],
            wantedBy: xmlValues(sample.response, 'wantedBy')[0],
            category: xmlValues(sample.response, 'category')[0],
            listedOn: xmlValues(sample.response, 'listedOn')[0],
          },
        });
      }
    } finally {
      client.close();
      await replay.close();
    }
  });
});
