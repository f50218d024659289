import { DEMO_OFFICERS } from '@jingtong/identity';
import { sql, type FieldCipher } from '@jingtong/kit';
import type { Person } from '@jingtong/legacy';
import type { Redis } from 'ioredis';
import { isRedisClient, reachable } from '../kit/reachable.js';
import type { Stack } from '../kit/stack.js';

// Issue 12 item 3: "no plaintext at rest" must look for every value the run wrote to an encrypted column, in
// every subgraph's tables and caches, not only the citizens' own values.

interface SubgraphStorage {
  name: string;
  db: any;
  schema: string;
  cipher?: FieldCipher;
  deps: object;
}

function storages(stack: Stack): SubgraphStorage[] {
  return Object.values(stack.subgraphs).flatMap((s) => {
    const deps = s.deps as { database?: { db: any; kind: string; schema?: string }; cipher?: FieldCipher };
    if (!deps.database) return [];
    return [{ name: s.name, db: deps.database.db, schema: deps.database.kind === 'postgres' ? deps.database.schema! : 'public', cipher: deps.cipher, deps }];
  });
}

/** Every column of every table of the subgraph's schema, whatever its type (a value is compared as text). */
async function columns(s: SubgraphStorage) {
  const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
    select c.table_name, c.column_name, c.data_type from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = ${s.schema}`.execute(s.db);
  return rows;
}

async function valuesOf(s: SubgraphStorage, table: string, column: string, type: string): Promise<string[]> {
  // bytea as UTF-8 where it is (a plaintext written as bytes reads back as itself), else its escaped form.
  const value = type === 'bytea' ? sql`encode(${sql.ref(column)}, 'escape')` : sql`${sql.ref(column)}::text`;
  const { rows } = await sql<{ v: string | null }>`select ${value} as v from ${sql.table(table)}`.execute(s.db);
  return rows.flatMap(({ v }) => (v ? [v] : []));
}

/** `<keyId>.<base64url(iv|tag|ciphertext)>` (FieldCipher): anywhere in a value, e.g. a remark sealed in a JSON column. */
const SEALED = /[A-Za-z0-9_-]{1,40}\.[A-Za-z0-9_-]{38,}/g;

function openSealed(cipher: FieldCipher, text: string): string[] {
  return [...text.matchAll(SEALED)].flatMap(([token]) => {
    try {
      return [cipher.decrypt(token)];
    } catch {
      return []; // not ours (a hash, a JWT…): the GCM tag does not verify
    }
  });
}

export interface EncryptedValues {
  /** Plaintext → where its encrypted copy is (`subgraph.table.column`). */
  plaintexts: Map<string, string>;
  /** Values of `*_enc` columns that are not ciphertext at all: a plaintext where an encrypted value belongs. */
  notEncrypted: string[];
}

/**
 * Every plaintext behind every encrypted value of every subgraph: each `*_enc` column (duty phones, officers'
 * names and phones, file numbers, channel-account phones…) and each sealed value inside any other column (a
 * reveal remark in an audit row's details, a job's payload).
 */
export async function encryptedValues(stack: Stack): Promise<EncryptedValues> {
  const plaintexts = new Map<string, string>();
  const notEncrypted: string[] = [];
  for (const s of storages(stack)) {
    if (!s.cipher) continue;
    for (const { table_name, column_name, data_type } of await columns(s)) {
      const where = `${s.name}.${table_name}.${column_name}`;
      for (const v of await valuesOf(s, table_name, column_name, data_type)) {
        const opened = openSealed(s.cipher, v);
        if (column_name.endsWith('_enc') && opened.length === 0) notEncrypted.push(`${where} holds ${hint(v)}`);
        for (const plain of opened) if (plain.trim().length >= 2) plaintexts.set(plain.trim(), where);
      }
    }
  }
  return { plaintexts, notEncrypted };
}

/** Where any secret appears in clear: every column of every subgraph's tables. Returns how many values were read. */
export async function scanTables(stack: Stack, secrets: string[]): Promise<{ scanned: number; tables: Set<string>; leaks: string[] }> {
  let scanned = 0;
  const tables = new Set<string>();
  const leaks: string[] = [];
  for (const s of storages(stack)) {
    for (const { table_name, column_name, data_type } of await columns(s)) {
      tables.add(`${s.name}.${table_name}`);
      for (const v of await valuesOf(s, table_name, column_name, data_type)) {
        scanned++;
        const leaked = secrets.find((x) => v.includes(x));
        if (leaked) leaks.push(`${s.name}.${table_name}.${column_name} holds ${hint(leaked)}`);
      }
    }
  }
  return { scanned, tables, leaks };
}

/** Enough to find a leak again, not enough to repeat it in a test report. */
const hint = (secret: string) => `${secret.slice(0, 1)}…(${secret.length})`;

/** lru-cache's LRUCache (every in-process tier and short-lived store is one), without importing it. */
type Lru = { dump(): Array<[unknown, { value: unknown }]> };
const isLru = (o: object): o is Lru => ['dump', 'peek', 'fetch'].every((m) => typeof (o as Record<string, unknown>)[m] === 'function');

const asText = (v: unknown): string => {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

export interface CacheContents {
  entries: Array<[string, string]>;
  /** The classes holding each in-process LRU that was read (e.g. `MemoryStore`, `MemoryShortLivedStore`). */
  holders: Set<string>;
  redisKeys: number;
}

/**
 * Every key and value in the subgraphs' caches and short-lived stores: every in-process LRU reachable from their
 * deps (read through lru-cache's `dump()`), and, on the servers path, every Redis key of each subgraph's
 * namespace (`jt:<schema>:`: cache tier, SMS codes and budgets, projection versions) with its value.
 */
export async function cacheContents(stack: Stack): Promise<CacheContents> {
  const entries: Array<[string, string]> = [];
  const holders = new Set<string>();
  const all = storages(stack);
  // Every in-process LRU reachable from the deps (cache tiers, SMS code stores and their fallbacks, version stores…).
  for (const { value: lru, holder } of reachable(all.map((s) => s.deps), isLru)) {
    holders.add(holder);
    for (const [k, e] of lru.dump()) entries.push([asText(k), asText(e.value)]);
  }
  let redisKeys = 0;
  const client = reachable(all.map((s) => s.deps), isRedisClient)[0]?.value;
  if (client) {
    for (const prefix of new Set(all.map((s) => `jt:${s.schema}:`))) {
      for await (const keys of client.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
        for (const key of keys) {
          redisKeys++;
          entries.push([key, await redisValue(client, key)]);
        }
      }
    }
  }
  return { entries, holders, redisKeys };
}

async function redisValue(redis: Redis, key: string): Promise<string> {
  switch (await redis.type(key)) {
    case 'string':
      return (await redis.get(key)) ?? '';
    case 'hash':
      return JSON.stringify(await redis.hgetall(key));
    case 'list':
      return JSON.stringify(await redis.lrange(key, 0, -1));
    case 'set':
      return JSON.stringify(await redis.smembers(key));
    case 'zset':
      return JSON.stringify(await redis.zrange(key, 0, -1));
    default:
      return ''; // gone meanwhile (expired)
  }
}

/** Fields of a sealed cache entry that hold personal data (a cached legacy answer's people, their vehicles and licences). */
const PERSONAL_KEY = /^(name|phone|mobile|address|idNumber|ownerIdNumber|licenceNumber|fileNumber|plate|plates|boundPlates)$/i;

/** The personal values inside every sealed cache entry: they must not be in clear anywhere either. */
export function personalValuesInSealedEntries(stack: Stack, entries: Array<[string, string]>): string[] {
  const ciphers = storages(stack).flatMap((s) => (s.cipher ? [s.cipher] : []));
  const found = new Set<string>();
  const collect = (node: unknown, personal: boolean) => {
    if (typeof node === 'string') {
      if (personal && node.trim().length >= 2) found.add(node.trim());
    } else if (Array.isArray(node)) {
      for (const item of node) collect(item, personal);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) collect(v, personal || PERSONAL_KEY.test(k));
    }
  };
  for (const [, value] of entries) {
    for (const cipher of ciphers) {
      for (const plain of openSealed(cipher, value)) {
        try {
          collect(JSON.parse(plain), false);
        } catch {
          // a sealed plain string: a value of its own, not an answer with fields
        }
      }
    }
  }
  return [...found];
}

/**
 * The whole at-rest check of one stack: every value behind an encrypted column or a sealed value, the values
 * the tests wrote (`written`), the demo officers seeded at start, the seeded people behind the stored ID numbers
 * with their plates, and the personal values inside sealed cache entries, searched for in clear in every
 * subgraph's tables and caches.
 */
export async function plaintextAtRest(stack: Stack, written: Iterable<string>) {
  const { plaintexts, notEncrypted } = await encryptedValues(stack);
  const idNumbers = [...plaintexts.entries()].filter(([, where]) => where.endsWith('id_number_enc')).map(([v]) => v);
  const persons = idNumbers.map((id) => stack.legacy.seed.personById(id)).filter((p): p is Person => !!p);
  const cache = await cacheContents(stack);
  const fromCaches = personalValuesInSealedEntries(stack, cache.entries);
  const secrets = [
    ...new Set([
      ...plaintexts.keys(),
      ...written,
      ...DEMO_OFFICERS.flatMap((o) => [o.name, o.phone, o.totpSecret]),
      ...persons.flatMap((p) => [p.idNumber, p.name, p.phone]),
      ...persons.flatMap((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).map((v) => v.plate)),
      ...fromCaches,
    ]),
  ].filter((s) => s.length >= 2);
  const tables = await scanTables(stack, secrets);
  const cacheLeaks = cache.entries.flatMap(([key, value]) => secrets.filter((x) => key.includes(x) || value.includes(x)).map((x) => `${key.replaceAll(x, `<${hint(x)}>`).slice(0, 60)} holds ${hint(x)}`));
  return { plaintexts, notEncrypted, persons, secrets, fromCaches, ...tables, cache, cacheLeaks };
}
