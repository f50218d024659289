import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues } from '@jingtong/kit';
import { SoapPopulationGateway } from './soap-population-gateway.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('./wsdl/population.wsdl', import.meta.url));
const samples = loadSoapSamples(FIXTURES).filter((s) => ['queryPersons', 'countSameName'].includes(s.operation));

describe('SoapPopulationGateway against recorded population samples', () => {
  it.each(samples.map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    const replay = await startReplayServer(sample);
    const client = await createSoapClient({ system: 'population', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
    const gateway = new SoapPopulationGateway(client);
    try {
      const ctx = { requestId: 'fixture' };
      const run =
        sample.operation === 'queryPersons'
          ? gateway.findPersons(xmlValues(sample.request, 'idNumber'), ctx)
          : gateway.countSameName(xmlValues(sample.request, 'name')[0]!, ctx);
      const outcome = await run.then(
        (value) => ({ ok: true as const, value }),
        (error: { extensions?: { code?: string } }) => ({ ok: false as const, code: error.extensions?.code }),
      );
      const key = sample.operation === 'queryPersons' ? 'idNumber' : 'name';
      expect(xmlValues(replay.received[0]!.body, key)).toEqual(xmlValues(sample.request, key));
      if (sample.case === 'business-error') expect(outcome).toEqual({ ok: false, code: 'BAD_USER_INPUT' });
      else if (sample.case === 'internal-error') expect(outcome).toEqual({ ok: false, code: 'LEGACY_FAULT' });
      else if (sample.operation === 'queryPersons') {
        const persons = (outcome as { value: Map<string, { name: string }> }).value;
        expect([...persons.keys()]).toEqual(xmlValues(sample.response, 'idNumber'));
        expect([...persons.values()].map((p) => p.name)).toEqual(xmlValues(sample.response, 'name'));
      } else {
        expect(outcome).toEqual({ ok: true, value: Number(xmlValues(sample.response, 'count')[0]) });
      }
    } finally {
      client.close();
      await replay.close();
    }
  });
});
