import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CacheStore,
  type Caller,
  createCacheStore,
  createDatabase,
  createLogger,
  createMetrics,
  dropSchema,
  FieldCipher,
  keyringFromEnv,
  type Kysely,
  MemoryShortLivedStore,
  SqlAuditLog,
} from '@jingtong/kit';
import type { FaceGateway, Person, PopulationGateway, SmsGateway, TrafficGateway, Vehicle } from '@jingtong/legacy-clients';
import { graphql, type GraphQLSchema } from 'graphql';
import { Redis } from 'ioredis';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import { migrations } from '../../../db/migrations/index.js';
import { standInCredentialsEnv } from '@jingtong/legacy';
import { loadIdentityEnv } from '../../../env.js';
import { buildIdentitySchema } from '../../../schema/build-schema.js';
import type { IdentityAuditAction } from '../../audit/audit-actions.js';
import { TokenIssuer } from '../../tokens/token-issuer.js';
import { insertVehicleBinding } from '../bindings/bindings.repository.js';
import { citizenLoaders } from '../citizen-loaders.js';
import type { CitizensDeps } from '../citizens-deps.js';
import { createCitizensDeps } from '../create-citizens-deps.js';
import { SmsCodes } from '../sms/sms-codes.js';
import { insertUnverifiedCitizen } from '../store/citizen-writes.js';
import { upsertCitizen } from '../store/citizens.repository.js';

/**
 * The citizens module over a real database and the subgraph's real cache stores, on both storage
 * paths: embedded (PGlite, in-process stores: one replica) and servers (PostgreSQL, Redis: two
 * replicas, each with its own in-process cache tier, over the same database). Legacy systems are fakes.
 */
export type StoragePath = 'embedded' | 'servers';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

type Plugin = Parameters<Kysely<IdentityDatabase>['withPlugin']>[0];

/** Counts every query sent to the database through the module's `db`. */
export class QueryCounter implements Plugin {
  count = 0;
  transformQuery: Plugin['transformQuery'] = (args) => {
    this.count++;
    return args.node;
  };
  transformResult: Plugin['transformResult'] = async (args) => args.result;
}

export interface TestCitizen {
  id: string;
  acr: number;
}

export interface Replica {
  citizens: CitizensDeps;
  gql(source: string, variables: Record<string, unknown>, as: TestCitizen): Promise<{ data?: any; errors?: readonly unknown[] }>;
  /** `me { id assuranceLevel idNumber name phone boundPlates }`; throws on errors. */
  me(as: TestCitizen): Promise<any>;
}

const ME = `{ me { id assuranceLevel idNumber name phone boundPlates } }`;

export const person = (idNumber: string, name: string, phone: string): Person => ({
  idNumber,
  name,
  phone,
  gender: 'MALE',
  ethnicity: '汉族',
  birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
  address: '河南省许昌市魏都区',
  photoDigest: 'digest',
});

/** Vehicles the fake traffic platform knows, by plate. */
const vehicle = (plate: string, ownerIdNumber: string): Vehicle => ({
  plate,
  ownerIdNumber,
  plateType: '02',
  brand: '比亚迪',
  model: '秦',
  color: '白',
  registeredOn: '2020-01-01',
  inspectionDue: '2030-01-01',
  status: 'A',
  newEnergy: true,
});

export async function startCitizensHarness(path: StoragePath, persons: Person[], plates: Record<string, string>) {
  const servers = path === 'servers';
  const schemaName = `t${randomBytes(4).toString('hex')}_identity`;
  const dataDir = servers ? '' : mkdtempSync(join(tmpdir(), 'identity-projections-'));
  const env = loadIdentityEnv({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    // The Alipay client is built (not called): the stand-ins' DEV ONLY keys, as every local stack passes them.
    ...standInCredentialsEnv(),
    ...(servers ? { DATABASE_URL, REDIS_URL, DATABASE_SCHEMA: schemaName } : { DATA_DIR: dataDir }),
  });
  const database = await createDatabase<IdentityDatabase>({ name: 'identity', databaseUrl: env.DATABASE_URL, dataDir, schema: env.DATABASE_SCHEMA, migrations });
  const queries = new QueryCounter();
  const db = database.db.withPlugin(queries);
  const cipher = new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' }));
  const audit = new SqlAuditLog<IdentityAuditAction>(db);
  const tokens = await TokenIssuer.create({ issuer: 'test', audience: 'test' });
  const logger = createLogger('identity-test', 'silent');
  const schema: GraphQLSchema = await buildIdentitySchema();

  const byId = new Map(persons.map((p) => [p.idNumber, p]));
  const population: PopulationGateway = { findPersons: async (ids) => new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id) as Person]] : []))) };
  const vehicles = new Map(Object.entries(plates).map(([plate, owner]) => [plate, vehicle(plate, owner)]));
  const traffic: TrafficGateway = {
    vehiclesByOwner: async (owner) => [...vehicles.values()].filter((v) => v.ownerIdNumber === owner),
    vehiclesByPlates: async (asked) => new Map(asked.flatMap((p) => (vehicles.has(p) ? [[p, vehicles.get(p) as Vehicle]] : []))),
    violationsByPlates: async (asked) => new Map(asked.map((p) => [p, []])),
    payViolationFine: async () => {
      throw new Error('identity never pays fines');
    },
    drivingLicence: async () => null,
  };
  const face: FaceGateway = {
    compareFace: async () => ({ score: 95, match: true, liveness: true }),
    verifyNetworkIdentity: async () => ({ ok: true, level: 3 }),
  };
  const texts: Array<{ phone: string; content: string }> = [];
  const sms: SmsGateway = {
    send: async (message) => {
      texts.push(message);
      return { messageId: String(texts.length) };
    },
  };
  const smsCodes = new SmsCodes(new MemoryShortLivedStore(), sms, cipher, env.SMS_SIGN_NAME);

  /** Every value any replica wrote to its cache store (both tiers on the servers path). */
  const cached: string[] = [];
  const closers: Array<() => Promise<void>> = [];
  async function replica(): Promise<Replica> {
    const store = createCacheStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'identity'}:`, metrics: createMetrics('identity') });
    const cache: CacheStore = {
      kind: store.kind,
      metrics: store.metrics,
      mget: (keys) => store.mget(keys),
      set: (key, value, ttlMs) => {
        cached.push(value);
        return store.set(key, value, ttlMs);
      },
      del: (keys) => store.del(keys),
      close: () => store.close(),
    };
    const built = await createCitizensDeps(env, { logger, metrics: createMetrics('identity'), db, cipher, audit, cache, population, tokens });
    closers.push(built.close, () => cache.close());
    const citizens: CitizensDeps = { ...built, traffic, face, smsCodes };
    const gql: Replica['gql'] = async (source, variables, as) => {
      const requestId = randomBytes(6).toString('hex');
      const caller: Caller = { kind: 'citizen', sub: as.id, acr: as.acr, roles: [], scopes: [], channel: 'h5', requestId, iat: Math.floor(Date.now() / 1000) };
      return graphql({ schema, source, variableValues: variables, contextValue: { caller, requestId, citizens, citizenLoaders: citizenLoaders(citizens) } });
    };
    return {
      citizens,
      gql,
      me: async (as) => {
        const result = await gql(ME, {}, as);
        if (result.errors) throw new Error(JSON.stringify(result.errors));
        return result.data.me;
      },
    };
  }

  const first = await replica();
  const replicas: [Replica, Replica] = servers ? [first, await replica()] : [first, first];
  const redisKeys = async <T>(use: (redis: Redis, keys: string[]) => Promise<T>): Promise<T> => {
    const redis = new Redis(REDIS_URL);
    try {
      return await use(redis, await redis.keys(`jt:${schemaName}:*`));
    } finally {
      redis.disconnect();
    }
  };
  return {
    replicas,
    queries,
    texts,
    /** A verified citizen (level 1) of this person, with plates bound before anything was cached. */
    async citizen(p: Person, bound: string[] = []): Promise<TestCitizen> {
      const c = await upsertCitizen(db, cipher, { idNumber: p.idNumber, name: p.name, assuranceLevel: 1 });
      for (const plate of bound) await insertVehicleBinding(db, cipher, c.id, plate);
      return { id: c.id, acr: c.assuranceLevel };
    },
    /** A level 0 citizen known by a channel account only (WeChat first). */
    async unverified(): Promise<TestCitizen> {
      return { id: await insertUnverifiedCitizen(db, cipher), acr: 0 };
    },
    /** What the cache stores hold: every value written, and on the servers path everything in Redis under the subgraph's prefix. */
    async storedValues(): Promise<string[]> {
      if (!servers) return [...cached];
      const values = await redisKeys((redis, keys) => (keys.length ? redis.mget(keys) : Promise.resolve([])));
      return [...cached, ...values.filter((v): v is string => v !== null)];
    },
    async close() {
      for (const close of closers) await close();
      await database.close();
      if (servers) {
        await dropSchema(DATABASE_URL, schemaName);
        await redisKeys(async (redis, keys) => (keys.length ? void (await redis.del(...keys)) : undefined));
      } else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type CitizensHarness = Awaited<ReturnType<typeof startCitizensHarness>>;
