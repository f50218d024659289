/**
 * Records request/response pairs from real calls against the stand-ins (default seed) into the clients'
 * sample folders: legacy-clients/src/<system>/samples/<Operation>__<case>/{request.xml,response.xml,meta.json}
 * (request.txt and response.json for the HTTP systems). Run: npx tsx legacy/scripts/record-samples.ts, or name
 * systems to record only theirs (`… record-samples.ts traffic`): the others' folders are left as they are.
 * Session keys are replaced by a fixed placeholder, and SMS message ids, codes and tokens are made repeatable
 * with startLegacy({ tokenSeed }), so re-recording the same seed gives the same files. Each folder's
 * expected.json (what the client must make of the answer) is written by hand and kept; folders of cases no
 * longer recorded are removed. A case may name the stand-in environment it was recorded in (meta `env`, e.g.
 * the queue machine's clock: a stand-in of its own is started with it) and the cases sent first, unrecorded,
 * that brought the stand-in into its state (meta `given`).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Client } from 'soap';
import { SYSTEMS, startLegacy, type LegacyServer, type SoapSystemId, type SystemId } from '../src/index.js';
import { TEST_CREDENTIALS, login, soapClient } from '../src/testing/soap-clients.js';
import { httpSampleCases, httpSampleFolder, requestText, type HttpSampleCase } from './http-sample-cases.js';
import { RECORDING_NOW, RECORDING_PUBLIC_URL } from './recording-clock.js';
import { EXPIRED_SESSION_KEY, sampleCases, type SampleCase } from './sample-cases.js';

const CLIENTS_DIR = fileURLToPath(new URL('../../legacy-clients/src/', import.meta.url));
const samplesDir = (system: SystemId) => `${CLIENTS_DIR}${system}/samples/`;
const SESSION_PLACEHOLDER = '0123456789ABCDEF0123456789ABCDEF';

interface Recorded {
  request: string;
  response: string;
  status: number;
}

async function record(legacy: LegacyServer, client: Client, sample: SampleCase, sessionKey: string, given: SampleCase[] = []): Promise<Recorded> {
  // Their answers do not matter: the recorded call shows the state they left.
  for (const first of given) await client[`${first.operation}Async`](first.args(sessionKey)).catch(() => undefined);
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

/** A stand-in started with the environment a case names, and its client for the case's system. */
function standInsByEnv() {
  const servers = new Map<string, Promise<LegacyServer>>();
  const clients = new Map<string, Promise<Client>>();
  const server = (env: Record<string, string>) => {
    const key = JSON.stringify(env);
    if (!servers.has(key)) servers.set(key, startLegacy({ port: 0, tokenSeed: 'jingtong-samples', env: { ...process.env, ...env } }));
    return servers.get(key)!;
  };
  return {
    server,
    client(system: SoapSystemId, env: Record<string, string>) {
      const key = `${system} ${JSON.stringify(env)}`;
      if (!clients.has(key)) clients.set(key, server(env).then((legacy) => soapClient(legacy, system)));
      return clients.get(key)!;
    },
    close: async () => {
      for (const legacy of servers.values()) await (await legacy).close();
    },
  };
}

async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const wanted = (system: SystemId) => only.size === 0 || only.has(system);
  // The payment platforms' clock stands still and the Alipay stand-in names its default address, so trade
  // numbers, times and the URLs it hands out come out the same on every recording.
  const legacy = await startLegacy({ port: 0, tokenSeed: 'jingtong-samples', now: () => RECORDING_NOW, env: { ...process.env, LEGACY_ALIPAY_PUBLIC_URL: RECORDING_PUBLIC_URL, LEGACY_WECHAT_PUBLIC_URL: RECORDING_PUBLIC_URL } });
  const byEnv = standInsByEnv();
  const recorded = new Map<SystemId, Set<string>>();
  const note = (system: SystemId, folder: string, status: number) => {
    recorded.set(system, (recorded.get(system) ?? new Set()).add(folder));
    console.log(`${String(status).padEnd(4)}${system}/samples/${folder}`);
  };
  try {
    const clients = Object.fromEntries(await Promise.all(SYSTEMS.filter((s) => wanted(s.id)).map(async (s) => [s.id, await soapClient(legacy, s.id)] as const))) as Record<SoapSystemId, Client>;
    const cases = sampleCases(legacy.seed, TEST_CREDENTIALS);
    for (const sample of cases.filter((s) => wanted(s.system))) {
      const sessionKey = sample.system === 'traffic' ? await login(clients.traffic) : '';
      const given = (sample.given ?? []).map((folder) => {
        const first = cases.find((c) => c.system === sample.system && `${c.operation}__${c.case}` === folder);
        if (!first) throw new Error(`${sample.system}/${sample.operation}__${sample.case}: given ${folder} is not a case`);
        return first;
      });
      const result = sample.env
        ? await record(await byEnv.server(sample.env), await byEnv.client(sample.system, sample.env), sample, sessionKey, given)
        : await record(legacy, clients[sample.system], sample, sessionKey, given);
      const stable = (xml: string) =>
        xml.replace(/<sessionKey>([0-9A-F]{32})<\/sessionKey>/g, (element, key: string) =>
          key === EXPIRED_SESSION_KEY ? element : `<sessionKey>${SESSION_PLACEHOLDER}</sessionKey>`,
        );
      const folder = `${sample.operation}__${sample.case}`;
      await writeSample(
        sample.system,
        folder,
        { 'request.xml': `${stable(result.request)}\n`, 'response.xml': `${stable(result.response)}\n` },
        {
          system: sample.system,
          operation: sample.operation,
          case: sample.case,
          status: result.status,
          description: sample.description,
          ...(sample.errorRate ? { faults: { errorRate: sample.errorRate } } : {}),
          ...(sample.env ? { env: sample.env } : {}),
          ...(sample.given ? { given: sample.given } : {}),
        },
      );
      note(sample.system, folder, result.status);
    }
    for (const sample of httpSampleCases().filter((s) => wanted(s.system))) {
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
          ...(sample.given ? { given: sample.given } : {}),
          ...(sample.buyer ? { buyer: sample.buyer } : {}),
        },
      );
      note(sample.system, folder, result.status);
    }
    await removeStale(recorded);
  } finally {
    await byEnv.close();
    await legacy.close();
  }
}

async function recordHttp(legacy: LegacyServer, sample: HttpSampleCase): Promise<Recorded> {
  try {
    const request = await sample.prepare(legacy);
    if (sample.errorRate) legacy.setFaults({ system: sample.system, errorRate: sample.errorRate });
    const init: RequestInit = { method: request.method };
    if (request.form) Object.assign(init, { body: new URLSearchParams(request.form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } });
    if (request.json) Object.assign(init, { body: JSON.stringify(request.json), headers: { 'content-type': 'application/json', ...request.headers } });
    else if (request.headers) Object.assign(init, { headers: request.headers });
    const response = await fetch(`${legacy.url}${request.path}`, init);
    // Not response.text(): it drops a leading byte order mark, which WeChat Pay's bill file starts with (and its SHA1 covers).
    return { request: requestText(request), response: Buffer.from(await response.arrayBuffer()).toString('utf8'), status: response.status };
  } finally {
    legacy.reset();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
