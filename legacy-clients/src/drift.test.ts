/**
 * Drift check against the stand-ins (`@jingtong/legacy`, started in process): each SOAP system must serve the
 * WSDL we pinned, and each sample's recorded request must still get an answer of the recorded shape. A failure
 * means the clients and the stand-ins no longer agree: see README.md, "Drift check".
 */
import { createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ALIPAY_DEV_KEYS, startLegacy, type LegacyServer, type SoapSystemId, type SystemId } from '@jingtong/legacy';
import { parseRequestText, type HttpRequest } from './testing/http-request.js';
import { SESSION_PLACEHOLDER } from './testing/recording.js';
import { loadSamples, SRC_DIR, systemsWithSamples, type Sample } from './testing/sample-files.js';
import { DRIVERS, type SoapDriver } from './testing/sample-drivers.js';
import { jsonShape, soapShape } from './testing/shape.js';
import { isWechatPaySample, replayWechatPay } from './testing/wechat-pay-samples.js';
import { parseXml, valuesOf } from './testing/xml-tree.js';

let legacy: LegacyServer;
/** Stand-ins started with the environment a sample was recorded in (meta.env, e.g. the queue machine's clock). */
const withEnv = new Map<string, Promise<LegacyServer>>();

beforeAll(async () => {
  // The recordings were made against the default seed: the same data answers in the same shape.
  legacy = await startLegacy({ host: '127.0.0.1', port: 0 });
}, 60_000);

afterAll(async () => {
  for (const server of withEnv.values()) await (await server).close();
  await legacy?.close();
});

function standInFor(sample: Sample): Promise<LegacyServer> {
  if (!sample.meta.env) return Promise.resolve(legacy);
  const key = JSON.stringify(sample.meta.env);
  if (!withEnv.has(key)) withEnv.set(key, startLegacy({ host: '127.0.0.1', port: 0, env: { ...process.env, ...sample.meta.env } }));
  return withEnv.get(key)!;
}

/** The stand-in rewrites the service address to where it listens; nothing else may differ. */
const withoutAddress = (wsdl: string) => wsdl.replace(/(<soap:address\s+location=")[^"]*(")/g, '$1$2').replace(/\r\n/g, '\n').trimEnd();

function firstDifference(pinned: string, served: string): string | undefined {
  const a = pinned.split('\n');
  const b = served.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line >= 0 ? line : a.length < b.length ? a.length : -1;
  if (at < 0) return undefined;
  return `first difference at line ${at + 1}:\n  pinned: ${a[at]?.trim() ?? '(end of file)'}\n  served: ${b[at]?.trim() ?? '(end of file)'}`;
}

async function postSoap(system: string, wsdl: string, operation: string, xml: string, server = legacy) {
  // The stand-in refuses a SOAPAction naming another operation: send the one the pinned WSDL declares.
  const action = new RegExp(`soapAction="([^"]*/${operation})"`).exec(readFileSync(wsdl, 'utf8'))?.[1] ?? '';
  const response = await fetch(`${server.url}/${system}`, { method: 'POST', body: xml, headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${action}"` } });
  return { status: response.status, text: await response.text() };
}

/** A session key the stand-in issued just now, in place of the recording's placeholder. */
async function withLiveSession(xml: string, driver: SoapDriver): Promise<string> {
  if (!xml.includes(SESSION_PLACEHOLDER)) return xml;
  const login = loadSamples('traffic', 'soap').find((s) => s.name === 'serverHander__ok')!;
  const answer = await postSoap('traffic', driver.wsdl, 'serverHander', login.request);
  const [key] = valuesOf(parseXml(answer.text), 'sessionKey');
  if (!key) throw new Error(`no session key from the stand-in: ${answer.text.slice(0, 300)}`);
  return xml.replaceAll(SESSION_PLACEHOLDER, key);
}

const signed = (params: Record<string, string>) => {
  const rest = Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'sign'));
  const content = Object.keys(rest).filter((k) => rest[k] !== '').sort().map((k) => `${k}=${rest[k]}`).join('&');
  return { ...rest, sign: createSign('RSA-SHA256').update(content, 'utf8').sign(readFileSync(ALIPAY_DEV_KEYS.appPrivateKeyPath, 'utf8'), 'base64') };
};

async function sendHttp(request: HttpRequest) {
  const query = request.method === 'GET' ? `?${new URLSearchParams(request.params)}` : '';
  const init: RequestInit = request.method === 'GET' ? {} : { method: request.method, body: new URLSearchParams(request.params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' } };
  const response = await fetch(`${legacy.url}${request.pathname}${query}`, init);
  return { status: response.status, text: await response.text() };
}

/**
 * A recorded auth code or token was single use and is spent: obtain a fresh one for the same user the recorder
 * authorised (legacy/scripts/http-sample-cases.ts: the demo citizen in Alipay, wx-user-1 in WeChat).
 */
async function freshened(sample: Sample, all: Sample[]): Promise<HttpRequest> {
  const request = parseRequestText(sample.request);
  const fresh = sample.meta.fresh;
  if (!fresh) return request;
  if (sample.system === 'wechat') return { ...request, params: { ...request.params, code: legacy.wechat.authorize('wx-user-1').code } };
  const code = () => legacy.alipay.authorize(legacy.seed.demoCitizen().idNumber).authCode;
  if (fresh === 'code') return { ...request, params: signed({ ...request.params, code: code() }) };
  const tokenSample = all.find((s) => s.name === 'alipay.system.oauth.token__ok')!;
  const token = parseRequestText(tokenSample.request);
  const answer = await sendHttp({ ...token, params: signed({ ...token.params, code: code() }) });
  const accessToken = (JSON.parse(answer.text) as { alipay_system_oauth_token_response?: { access_token?: string } }).alipay_system_oauth_token_response?.access_token;
  if (!accessToken) throw new Error(`no access token from the stand-in: ${answer.text.slice(0, 300)}`);
  return { ...request, params: signed({ ...request.params, auth_token: accessToken }) };
}

/** The requests of the samples named in meta.given, sent first: they brought the stand-in into the recorded state. */
async function sendGiven(sample: Sample, all: Sample[], driver: SoapDriver, server: LegacyServer) {
  for (const name of sample.meta.given ?? []) {
    const first = all.find((s) => s.name === name);
    if (!first) throw new Error(`${sample.dir}: given ${name} is not a sample of ${sample.system}`);
    await postSoap(sample.system, driver.wsdl, first.meta.operation, await withLiveSession(first.request, driver), server);
  }
}

/**
 * HTTP: each given sample brought about (its own given and buyer) and sent, then the payer at the cashier
 * (meta.buyer) on the trade the sample's request names: the state an Alipay trade sample was recorded in.
 */
async function bringAboutHttp(sample: Sample, all: Sample[]): Promise<void> {
  for (const name of sample.meta.given ?? []) {
    const first = all.find((s) => s.name === name);
    if (!first) throw new Error(`${sample.dir}: given ${name} is not a sample of ${sample.system}`);
    await bringAboutHttp(first, all);
    await sendHttp(await freshened(first, all));
  }
  if (sample.meta.buyer) {
    const { out_trade_no } = JSON.parse(parseRequestText(sample.request).params.biz_content ?? '{}') as { out_trade_no?: string };
    legacy.alipay[sample.meta.buyer](out_trade_no ?? '');
  }
}

async function replayAgainstStandIn(sample: Sample, all: Sample[]) {
  const driver = DRIVERS[sample.system];
  const server = await standInFor(sample);
  try {
    if (driver.protocol === 'soap') {
      await sendGiven(sample, all, driver, server);
      if (sample.meta.faults) server.setFaults({ system: sample.system as SystemId, ...sample.meta.faults });
      const answer = await postSoap(sample.system, driver.wsdl, sample.meta.operation, await withLiveSession(sample.request, driver), server);
      return { status: answer.status, shape: soapShape(answer.text), recorded: soapShape(sample.response) };
    }
    // WeChat Pay v3: JSON bodies, each request signed afresh, trades paid at the cashier (testing/wechat-pay-samples.ts).
    if (isWechatPaySample(sample)) return await replayWechatPay(server, sample, all);
    await bringAboutHttp(sample, all);
    if (sample.meta.faults) legacy.setFaults({ system: sample.system as SystemId, ...sample.meta.faults });
    const answer = await sendHttp(await freshened(sample, all));
    return { status: answer.status, shape: jsonShape(answer.text), recorded: jsonShape(sample.response) };
  } finally {
    server.reset();
  }
}

const systems = systemsWithSamples();

describe.each(systems)('%s against the stand-in', (system) => {
  const driver = DRIVERS[system];
  const samples = loadSamples(system, driver.protocol);

  if (driver.protocol === 'soap') {
    it('serves the pinned WSDL', async () => {
      const served = await (await fetch(legacy.wsdlUrl(system as SoapSystemId))).text();
      const difference = firstDifference(withoutAddress(readFileSync(driver.wsdl, 'utf8')), withoutAddress(served));
      if (difference) {
        throw new Error(
          `${system}: the stand-in's WSDL (legacy/src/systems/${system}/${system}.wsdl) has drifted from the pinned copy ` +
            `(${relative(`${SRC_DIR}../..`, driver.wsdl)}), ${difference}\nA changed WSDL is a code change: update the pinned copy, ` +
            `${system}/map.ts and the samples (npx tsx legacy/scripts/record-samples.ts), or undo the stand-in's change.`,
        );
      }
    });
  }

  it.each(samples.map((s) => [s.name, s] as const))('%s: the recorded request gets an answer of the recorded shape', async (_name, sample) => {
    const { status, shape, recorded } = await replayAgainstStandIn(sample, samples);
    expect({ status, shape }).toEqual({ status: sample.meta.status, shape: recorded });
  });
});
