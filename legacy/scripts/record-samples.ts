/**
 * Records request/response pairs from real calls against the stand-ins (default seed), for
 * the subgraphs' SOAP client tests: samples/<Operation>__<case>/{request.xml,response.xml,meta.json}.
 * Run: npx tsx legacy/scripts/record-samples.ts. Session keys are replaced by a fixed
 * placeholder so re-recording the same seed gives the same files. The HTTP stand-ins (Alipay,
 * WeChat) are recorded into samples/http/ (see http-sample-cases.ts); SMS message ids, codes and
 * tokens are made repeatable with startLegacy({ tokenSeed }).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Client } from 'soap';
import { SYSTEMS, startLegacy, type LegacyServer, type SoapSystemId } from '../src/index.js';
import { TEST_CREDENTIALS, login, soapClient } from '../src/testing/soap-clients.js';
import { httpSampleCases, httpSampleFolder, requestText, type HttpSampleCase } from './http-sample-cases.js';
import { EXPIRED_SESSION_KEY, sampleCases, type SampleCase } from './sample-cases.js';

const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));
const SESSION_PLACEHOLDER = '0123456789ABCDEF0123456789ABCDEF';

interface Recorded {
  request: string;
  response: string;
  status: number;
}

async function record(legacy: LegacyServer, client: Client, sample: SampleCase, sessionKey: string): Promise<Recorded> {
  if (sample.raw) {
    const response = await fetch(`${legacy.url}/${sample.system}`, {
      method: 'POST',
      body: sample.raw(sessionKey),
      headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"http://jingtong.gov.cn/legacy/${sample.system}/${sample.operation}"` },
    });
    return { request: sample.raw(sessionKey), response: await response.text(), status: response.status };
  }
  if (sample.errorRate) legacy.setFaults({ system: sample.system, errorRate: sample.errorRate });
  try {
    await client[`${sample.operation}Async`](sample.args!(sessionKey));
    return { request: client.lastRequest!, response: client.lastResponse as string, status: 200 };
  } catch (error) {
    const e = error as { response?: { status: number }; body?: string };
    return { request: client.lastRequest!, response: e.body ?? String(client.lastResponse), status: e.response?.status ?? 0 };
  } finally {
    legacy.reset();
  }
}

async function main(): Promise<void> {
  const legacy = await startLegacy({ port: 0, tokenSeed: 'jingtong-samples' });
  try {
    const clients = Object.fromEntries(await Promise.all(SYSTEMS.map(async (s) => [s.id, await soapClient(legacy, s.id)] as const))) as Record<SoapSystemId, Client>;
    await rm(SAMPLES_DIR, { recursive: true, force: true });
    const index: string[] = ['| folder | system | HTTP | what |', '| --- | --- | --- | --- |'];
    for (const sample of sampleCases(legacy.seed, TEST_CREDENTIALS)) {
      const sessionKey = sample.system === 'traffic' ? await login(clients.traffic) : '';
      const recorded = await record(legacy, clients[sample.system], sample, sessionKey);
      const stable = (xml: string) =>
        xml.replace(/<sessionKey>([0-9A-F]{32})<\/sessionKey>/g, (element, key: string) =>
          key === EXPIRED_SESSION_KEY ? element : `<sessionKey>${SESSION_PLACEHOLDER}</sessionKey>`,
        );
      const folder = `${sample.operation}__${sample.case}`;
      await mkdir(`${SAMPLES_DIR}${folder}`, { recursive: true });
      await writeFile(`${SAMPLES_DIR}${folder}/request.xml`, `${stable(recorded.request)}\n`);
      await writeFile(`${SAMPLES_DIR}${folder}/response.xml`, `${stable(recorded.response)}\n`);
      const meta = { system: sample.system, operation: sample.operation, case: sample.case, status: recorded.status, description: sample.description };
      await writeFile(`${SAMPLES_DIR}${folder}/meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
      index.push(`| \`${folder}\` | ${sample.system} | ${recorded.status} | ${sample.description} |`);
      console.log(`${String(recorded.status).padEnd(4)}${folder}`);
    }
    index.push('', '## HTTP stand-ins (`http/`)', '', '| folder | system | HTTP | what |', '| --- | --- | --- | --- |');
    for (const sample of httpSampleCases()) {
      const folder = `http/${httpSampleFolder(sample)}`;
      const recorded = await recordHttp(legacy, sample);
      await mkdir(`${SAMPLES_DIR}${folder}`, { recursive: true });
      await writeFile(`${SAMPLES_DIR}${folder}/request.txt`, recorded.request);
      await writeFile(`${SAMPLES_DIR}${folder}/response.json`, `${recorded.response}\n`);
      const meta = { system: sample.system, operation: sample.operation, case: sample.case, status: recorded.status, description: sample.description };
      await writeFile(`${SAMPLES_DIR}${folder}/meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
      index.push(`| \`${folder}\` | ${sample.system} | ${recorded.status} | ${sample.description} |`);
      console.log(`${String(recorded.status).padEnd(4)}${folder}`);
    }
    await writeFile(`${SAMPLES_DIR}README.md`, readme(index, legacy));
  } finally {
    await legacy.close();
  }
}

async function recordHttp(legacy: LegacyServer, sample: HttpSampleCase): Promise<Recorded> {
  try {
    const request = await sample.prepare(legacy);
    if (sample.errorRate) legacy.setFaults({ system: sample.system, errorRate: sample.errorRate });
    const init: RequestInit = { method: request.method };
    if (request.form) Object.assign(init, { body: new URLSearchParams(request.form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } });
    const response = await fetch(`${legacy.url}${request.path}`, init);
    return { request: requestText(request), response: await response.text(), status: response.status };
  } finally {
    legacy.reset();
  }
}

function readme(index: string[], legacy: LegacyServer): string {
  return [
    '# Recorded samples',
    '',
    'Generated by `npx tsx legacy/scripts/record-samples.ts` from real calls (node-soap client) against the',
    `stand-ins with seed ${legacy.seed.options.seed} (${legacy.seed.persons.length} persons, ${legacy.seed.vehicles.length} vehicles,`,
    `reference date ${legacy.seed.options.referenceDate}). Do not edit by hand; re-record instead.`,
    '',
    `- \`sessionKey\` values are replaced by \`${SESSION_PLACEHOLDER}\`.`,
    '- `meta.json` holds the HTTP status: 200 for answers (RESULT 0 or 1), 500 for SOAP faults.',
    '- Business failures are RESULT=1 + ERROR; SESSION_INVALID, INVALID_REQUEST and INTERNAL_ERROR are faults.',
    '- `http/`: Alipay and WeChat calls as `request.txt` (HTTP/1.1 message) and `response.json` (the exact body: Alipay',
    '  signs the exact text of the response object, so it is not reformatted). Signed with the DEV keys of',
    '  `src/systems/alipay/dev-keys/`; request timestamps fixed, codes and tokens from `startLegacy({ tokenSeed })`.',
    '',
    ...index,
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
