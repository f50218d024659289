/** startLegacy(): seed data, one HTTP server, every system of the registry mounted on it. */
import type { AddressInfo } from 'node:net';
import { loadEnv } from './env.js';
import { CallCounters, type CallStats } from './framework/counters.js';
import { FaultBoard, faultPatchSchema, type FaultPatch, type FaultSettings } from './framework/faults.js';
import { HeldRequests } from './framework/held-requests.js';
import { createHttpApp } from './framework/http-app.js';
import { httpSystemRoutes } from './framework/http-routes.js';
import type { HttpSystemInstance } from './framework/http-system.js';
import { mountSoapSystem, type SoapMount } from './framework/soap-mount.js';
import type { SystemInstance } from './framework/system.js';
import { buildSeed, type SeedData } from './seed/index.js';
import { ALL_SYSTEMS, HTTP_SYSTEMS, SOAP_SYSTEM_IDS, SYSTEMS, SYSTEM_IDS, type SoapSystemId, type SystemId } from './systems/registry.js';
import { authorizePages } from './systems/authorize-pages.js';
import { queueAdminRoutes } from './systems/queue/admin-routes.js';
import type { QueueInstance, WalkInNumber } from './systems/queue/index.js';
import { demoRoutes } from './demo/demo-routes.js';
import { userSide, userSideRoutes, type AlipayUserSide, type PaymentsUserSide, type SmsUserSide, type WechatUserSide } from './systems/user-side.js';

export interface StartLegacyOptions {
  /** Default LEGACY_HOST, else 127.0.0.1. */
  host?: string;
  /** 0 = a free port. Default LEGACY_PORT, else 4900. */
  port?: number;
  seed?: number;
  persons?: number;
  vehicles?: number;
  /** traffic serverHander session lifetime; default LEGACY_TRAFFIC_SESSION_TTL_SECONDS, else 1800. */
  sessionTtlSeconds?: number;
  /** The seeded world's "today", YYYY-MM-DD; default LEGACY_REFERENCE_DATE, else 2026-11-01. */
  referenceDate?: string;
  /** Environment to read instead of process.env. */
  env?: NodeJS.ProcessEnv;
  /** Derive SMS message ids, auth codes and tokens from this instead of random (sample recording). */
  tokenSeed?: string;
  /** The payment platforms' clock (trade, notification and bill times), default Date.now; sample recording freezes it. */
  now?: () => number;
}

export interface LegacyServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** SOAP systems only (alipay / wechat are plain HTTP: `${url}/alipay/gateway.do`, `${url}/wechat/sns/...`). */
  wsdlUrl(system: SoapSystemId): string;
  stats(): CallStats;
  /** Zero counters, faults back to the env defaults, sessions, SMS outbox, codes, tokens, trades and recorded notifications cleared (notify modes normal), held requests dropped. */
  reset(): void;
  /** Validated like POST /__legacy/faults (throws a ZodError); returns the settings now in force. */
  setFaults(faults: FaultPatch<SystemId>): FaultSettings;
  faults(): Record<SystemId, FaultSettings>;
  seed: SeedData;
  /** What the SMS gateway sent (GET /__legacy/sms). */
  sms: SmsUserSide;
  /** A citizen authorising in the Alipay app (POST /__legacy/alipay/authorize). */
  alipay: AlipayUserSide;
  /** A WeChat user authorising (POST /__legacy/wechat/authorize). */
  wechat: WechatUserSide;
  /** Paying at a payment platform's cashier, replaying its notifications, its notify modes (POST /__legacy/payments/*). */
  payments: PaymentsUserSide;
  /** The halls' queue machines, their side: a walk-in number now (POST /__legacy/queue/walk-in), their clock. */
  queue: { walkIn(hallCode: string, itemCode: string, date?: string): WalkInNumber; setTime(at: string | Date): void };
  close(): Promise<void>;
}

export async function startLegacy(options: StartLegacyOptions = {}): Promise<LegacyServer> {
  const env = loadEnv(ALL_SYSTEMS, options.env ?? process.env);
  const seed = buildSeed({
    seed: options.seed ?? env.seed,
    persons: options.persons ?? env.persons,
    vehicles: options.vehicles ?? env.vehicles,
    referenceDate: options.referenceDate ?? env.referenceDate,
  });
  const soapSystems = SYSTEMS.map((system) => [system, system.create({ seed, env: env.source, overrides: { sessionTtlSeconds: options.sessionTtlSeconds, tokenSeed: options.tokenSeed } })] as const);
  const instances = new Map<SystemId, SystemInstance>(soapSystems.map(([system, instance]) => [system.id, instance]));
  const queueMachine = instances.get('queue') as QueueInstance;
  const closing = new AbortController();
  const httpContext = { seed, env: env.source, tokenSeed: options.tokenSeed, signal: closing.signal, now: options.now };
  const httpInstances = new Map<SystemId, HttpSystemInstance>(HTTP_SYSTEMS.map((system) => [system.id, system.create(httpContext)]));
  const counters = new CallCounters({
    ...Object.fromEntries([...instances].map(([id, instance]) => [id, Object.keys(instance.operations)])),
    ...Object.fromEntries([...httpInstances].map(([id, instance]) => [id, instance.operations])),
  });
  const side = userSide(instances, httpInstances);
  const faults = new FaultBoard<SystemId>(env.faults as Map<SystemId, FaultSettings>);
  const held = new HeldRequests();
  const mounts = new Map<string, SoapMount>();
  const patchSchema = faultPatchSchema(SYSTEM_IDS);

  const reset = () => {
    counters.reset();
    faults.reset();
    held.release();
    for (const instance of instances.values()) instance.reset();
    for (const instance of httpInstances.values()) instance.reset();
  };
  const setFaults = (patch: unknown) => {
    const parsed = patchSchema.parse(patch);
    const settings = faults.set(parsed);
    if (settings.mode !== 'timeout') held.release(parsed.system);
    return settings;
  };

  const app = createHttpApp({
    systems: SOAP_SYSTEM_IDS,
    mounts,
    faults,
    held,
    signal: closing.signal,
    admin: { systems: SYSTEM_IDS, stats: () => counters.snapshot(), reset, faults: () => faults.all(), setFaults, extraRoutes: (app) => {
      userSideRoutes(side)(app);
      queueAdminRoutes(app, queueMachine);
      authorizePages(side)(app);
      demoRoutes(seed)(app);
    } },
  });
  void app.register(httpSystemRoutes({ systems: httpInstances, counters, faults, held, signal: closing.signal }));
  const host = options.host ?? env.host;
  await app.listen({ host, port: options.port ?? env.port });
  const port = (app.server.address() as AddressInfo).port;
  const url = `http://${urlHost(host)}:${port}`;
  try {
    for (const [system, instance] of soapSystems) mounts.set(system.id, await mountSoapSystem(system, instance, { baseUrl: url, counters, faults }));
  } catch (error) {
    await app.close();
    throw error;
  }

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    wsdlUrl: (system) => `${url}/${system}?wsdl`,
    stats: () => counters.snapshot(),
    reset,
    setFaults,
    faults: () => faults.all(),
    seed,
    ...side,
    queue: { walkIn: (hallCode, itemCode, date) => queueMachine.walkIn(hallCode, itemCode, date), setTime: (at) => queueMachine.setTime(at) },
    close: () =>
      (closed ??= (async () => {
        closing.abort();
        held.release();
        await app.close();
      })()),
  };
}

/** An address callers can use: wildcard binds are reached through loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
