import { fileURLToPath } from 'node:url';
import { createLogger, createSoapClient, loadSoapSamples, startReplayServer, xmlValues } from '@jingtong/kit';
import { SoapSmsGateway } from './soap-sms-gateway.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__', import.meta.url));
const WSDL = fileURLToPath(new URL('../wsdl/sms.wsdl', import.meta.url));
const EXPECTED: Record<string, string> = { ok: 'OK', 'business-error': 'BAD_USER_INPUT', 'internal-error': 'LEGACY_FAULT', 'invalid-request': 'LEGACY_FAULT' };

describe('SoapSmsGateway against recorded SMS gateway samples', () => {
  it.each(loadSoapSamples(FIXTURES).map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    const replay = await startReplayServer(sample);
    const client = await createSoapClient({ system: 'sms', wsdlPath: WSDL, endpoint: replay.url, deadlineMs: 2000, logger: createLogger('t', 'silent') });
    try {
      const phone = xmlValues(sample.request, 'phone')[0]!;
      const content = xmlValues(sample.request, 'content')[0] ?? '【许昌公安】您的验证码为123456，5分钟内有效。';
      const outcome = await new SoapSmsGateway(client, '许昌公安').send({ phone, content }, { requestId: 'fixture' }).then(
        (v) => ({ code: 'OK', messageId: v.messageId }),
        (e: { extensions?: { code?: string } }) => ({ code: e.extensions?.code, messageId: undefined }),
      );
      expect(outcome.code).toBe(EXPECTED[sample.case]);
      const sent = replay.received[0]!.body;
      expect(xmlValues(sent, 'phone')).toEqual([phone]);
      expect(xmlValues(sent, 'signName')).toEqual(['许昌公安']);
      if (sample.case === 'ok') expect(outcome.messageId).toBe(xmlValues(sample.response, 'messageId')[0]);
    } finally {
      client.close();
      await replay.close();
    }
  });
});
