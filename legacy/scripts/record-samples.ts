/**
 * Records request/response pairs from real calls against the stand-ins (default seed) into the clients'
 * sample folders: legacy-clients/src/<system>/samples/<Operation>__<case>/{request.xml,response.xml,meta.json}
 * (request.txt and response.json for the HTTP systems). Run: npx tsx legacy/scripts/record-samples.ts.
 * Session keys are replaced by a fixed placeholder, and SMS message ids, codes and tokens are made repeatable
 * with startLegacy({ tokenSeed }), so re-recording the same seed gives the same files. Each folder's
 * expected.json (what the client must make of the answer) is written by hand and kept; folders of cases no
 * longer recorded are removed.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Client } from 'soap';
import { SYSTEMS, startLegacy, type LegacyServer, type SoapSystemId, type SystemId } from '../src/index.js';
import { TEST_CREDENTIALS, login, soapClient } from '../src/testing/soap-clients.js';
import { httpSampleCases, httpSampleFolder, requestText, type HttpSampleCase } from './http-sample-cases.js';
import { EXPIRED_SESSION_KEY, sampleCases, type SampleCase } from './sample-cases.js';

const CLIENTS_DIR = fileURLToPath(new URL('../../legacy-clients/src/', import.meta.url));
const samplesDir = (system: SystemId) => `${CLIENTS_DIR}${system}/samples/`;
const SESSION_PLACEHOLDER = '0123456789ABCDEF0123456789ABCDEF';

interface Recorded {
  request: string;
  response: string;
  status: number;
}

async function record(legacy: LegacyServer, client: Client, sample: SampleCase, sessionKey: string): Promise<Recorded> {
  if (sample.errorRate) legacy.setFaults({ system: sample.system, errorRate: sample.errorRate });
  try {
    await client[`${sample.operation}Async`](sample.args(sessionKey));
    return { request: client.lastRequest!, response: client.lastResponse as string, status: 200 };
  } catch (error) {
    const e = error as { response?: { status: number }; body?: string };
    return { request: client.lastRequest!, response: e.body ?? String(client.lastResponse), status: e.response?.status ?? 0 };
  } finally {
    legacy.reset();
  }
}

async function writeSample(system: SystemId, folder: string, files: Record<string, string>, meta: object): Promise<void> {
  const dir = `${samplesDir(system)}${folder}`;
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(`${dir}/${name}`, text);
  await writeFile(`${dir}/meta.json`, `${JSON.stringify(meta, null, 2)}\n`);
}

/** Folders of cases that are no longer recorded would be tested against answers nobody can reproduce. */
async function removeStale(recorded: Map<SystemId, Set<string>>): Promise<void> {
  for (const [system, folders] of recorded) {
    for (const entry of await readdir(samplesDir(system), { withFileTypes: true })) {
      if (entry.isDirectory() && !folders.has(entry.name)) {
        await rm(`${samplesDir(system)}${entry.name}`, { recursive: true });
        console.log(`removed ${system}/samples/${entry.name}`);
      }
    }
  }
}

async function main(): Promise<void> {
  const legacy = await startLegacy({ port: 0, tokenSeed: 'jingtong-samples' });
  const recorded = new Map<SystemId, Set<string>>();
  const note = (system: SystemId, folder: string, status: number) => {
    recorded.set(system, (recorded.get(system) ?? new Set()).add(folder));
    console.log(`${String(status).padEnd(4)}${system}/samples/${folder}`);
  };
  try {
    const clients = Object.fromEntries(await Promise.all(SYSTEMS.map(async (s) => [s.id, await soapClient(legacy, s.id)] as const))) as Record<SoapSystemId, Client>;
    for (const sample of sampleCases(legacy.seed, TEST_CREDENTIALS)) {
      const sessionKey = sample.system === 'traffic' ? await login(clients.traffic) : '';
      const result = await record(legacy, clients[sample.system], sample, sessionKey);
      const stable = (xml: string) =>
        xml.replace(/<sessionKey>([0-9A-F]{32})<\/sessionKey>/g, (element, key: string) =>
          key === EXPIRED_SESSION_KEY ? element : `<sessionKey>${SESSION_PLACEHOLDER}</sessionKey>`,
        );
      const folder = `${sample.operation}__${sample.case}`;
      await writeSample(
        sample.system,
        folder,
        { 'request.xml': `${stable(result.request)}\n`, 'response.xml': `${stable(result.response)}\n` },
        { system: sample.system, operation: sample.operation, case: sample.case, status: result.status, description: sample.description, ...(sample.errorRate ? { faults: { errorRate: sample.errorRate } } : {}) },
      );
      note(sample.system, folder, result.status);
    }
    for (const sample of httpSampleCases()) {
      const folder = httpSampleFolder(sample);
      const result = await recordHttp(legacy, sample);
      await writeSample(
        sample.system,
        folder,
        { 'request.txt': result.request, 'response.json': `${result.response}\n` },
        {
          system: sample.system,
          operation: sample.operation,
          case: sample.case,
          status: result.status,
          description: sample.description,
          ...(sample.errorRate ? { faults: { errorRate: sample.errorRate } } : {}),
          ...(sample.fresh ? { fresh: sample.fresh } : {}),
        },
      );
      note(sample.system, folder, result.status);
    }
    await removeStale(recorded);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
