/**
 * Every recorded sample, one glob (node-soap's test/request-response-samples): the recorded answer is replayed,
 * the client is called with the recorded input, and what it sent and what it returned or threw must be what
 * the sample says. See README.md, "Samples".
 */
import { createLogger, createSoapClient, startReplayServer, type SoapSample } from '@jingtong/kit';
import { parseRequestText, type HttpRequest } from './testing/http-request.js';
import { startHttpReplayServer } from './testing/http-replay-server.js';
import { expectedOutcome, settle, type Outcome } from './testing/outcome.js';
import { loadSamples, systemsWithSamples, type Sample } from './testing/sample-files.js';
import { DRIVERS, type HttpDriver, type SoapDriver } from './testing/sample-drivers.js';
import { bodyElement, child, plain } from './testing/xml-tree.js';

const ctx = { requestId: 'sample-replay' };
const logger = createLogger('legacy-clients-samples', 'silent');

type Gateway = Record<string, (...args: unknown[]) => Promise<unknown>>;

function invoke(gateway: object, sample: Sample): Promise<Outcome> {
  const method = (gateway as Gateway)[sample.expected.call];
  if (typeof method !== 'function') throw new Error(`${sample.dir}: the client has no method ${sample.expected.call}`);
  return settle(method.call(gateway, ...sample.expected.input, ctx));
}

/** Operation, head element names (their values are the client's own ids and keys) and the whole body. */
function soapRequest(xml: string) {
  const operation = bodyElement(xml);
  return { operation: operation.name, head: child(operation, 'head')?.children.map((c) => c.name), body: plain(child(operation, 'body') ?? { name: 'body', attrs: {}, children: [], text: '' }) };
}

const withoutKeys = (params: Record<string, string>, keys: string[]) => Object.fromEntries(Object.entries(params).filter(([k]) => !keys.includes(k)));

/** The other operations a call needs (a login, a token exchange) are answered by their `__ok` samples. */
const fallbacksFor = (sample: Sample, all: Sample[], operations: string[]) =>
  operations.filter((op) => op !== sample.meta.operation).flatMap((op) => all.filter((s) => s.meta.operation === op && s.meta.case === 'ok'));

const served = (samples: Sample[]) => Object.fromEntries(samples.map((s) => [s.meta.operation, s.response]));

async function runSoap(driver: SoapDriver, sample: Sample, all: Sample[]) {
  const toKit = (s: Sample): SoapSample => ({ name: s.name, operation: s.meta.operation, case: s.meta.case, request: s.request, response: s.response, status: s.meta.status });
  const fallbacks = fallbacksFor(sample, all, driver.operations);
  const replay = await startReplayServer(toKit(sample), fallbacks.map(toKit));
  const client = await createSoapClient({ system: sample.system, wsdlPath: driver.wsdl, endpoint: replay.url, deadlineMs: 2000, logger });
  try {
    const outcome = await invoke(driver.create(client, sample.expected.client ?? {}), sample);
    expect({ sent: replay.received.map((r) => r.operation), ...outcome }).toEqual({ sent: sample.expected.sent, ...expectedOutcome(sample.expected) });
    const recorded = soapRequest(sample.request);
    for (const call of replay.received.filter((r) => r.operation === sample.meta.operation)) expect(soapRequest(call.body)).toEqual(recorded);
    driver.verify?.(replay.received, served([...fallbacks, sample]));
  } finally {
    client.close();
    await replay.close();
  }
}

async function runHttp(driver: HttpDriver, sample: Sample, all: Sample[]) {
  const fallbacks = fallbacksFor(sample, all, driver.operations);
  const answers = [sample, ...fallbacks].map((s) => ({ operation: s.meta.operation, status: s.meta.status, body: s.response.replace(/\n$/, '') }));
  const replay = await startHttpReplayServer(answers, driver.operationOf, driver.answerHeaders);
  try {
    const outcome = await invoke(driver.create(replay.url, sample.expected.client ?? {}), sample);
    expect({ sent: replay.received.map((r) => r.operation), ...outcome }).toEqual({ sent: sample.expected.sent, ...expectedOutcome(sample.expected) });
    const comparable = (r: HttpRequest) => ({ method: r.method, pathname: r.pathname, params: withoutKeys(r.params, driver.ignored), json: r.json });
    const recorded = comparable(parseRequestText(sample.request));
    for (const call of replay.received.filter((r) => r.operation === sample.meta.operation)) expect(comparable(call)).toEqual(recorded);
    driver.verify?.(replay.received, served([...fallbacks, sample]));
  } finally {
    await replay.close();
  }
}

const systems = systemsWithSamples();

it('has a driver for every system with samples, and samples for every driver', () => {
  expect(systems).toEqual(Object.keys(DRIVERS).sort());
});

describe.each(systems)('%s samples', (system) => {
  const driver = DRIVERS[system];
  const samples = driver ? loadSamples(system, driver.protocol) : [];

  it('cover exactly the operations the client sends', () => {
    expect([...new Set(samples.map((s) => s.meta.operation))].sort()).toEqual([...driver.operations].sort());
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s', async (_name, sample) => {
    await (driver.protocol === 'soap' ? runSoap(driver, sample, samples) : runHttp(driver, sample, samples));
  });
});
