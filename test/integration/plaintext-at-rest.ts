import { sql, type FieldCipher } from '@jingtong/kit';
import type { Redis } from 'ioredis';
import type { Stack } from '../kit/stack.js';

// Issue 12 item 3: "no plaintext at rest" must look for every value the run wrote to an encrypted column, in
// every subgraph's tables and caches, not only the citizens' own values.

interface SubgraphStorage {
  name: string;
  db: any;
  schema: string;
  cipher?: FieldCipher;
  cache?: unknown;
}

function storages(stack: Stack): SubgraphStorage[] {
  return Object.values(stack.subgraphs).flatMap((s) => {
    const deps = s.deps as { database?: { db: any; kind: string; schema?: string }; cipher?: FieldCipher; cache?: unknown };
    if (!deps.database) return [];
    return [{ name: s.name, db: deps.database.db, schema: deps.database.kind === 'postgres' ? deps.database.schema! : 'public', cipher: deps.cipher, cache: deps.cache }];
  });
}

async function textColumns(s: SubgraphStorage) {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = ${s.schema} and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')`.execute(s.db);
  return rows;
}

/** Every plaintext behind every `*_enc` column of every subgraph (duty phones, officers' names, file numbers…). */
export async function encryptedPlaintexts(stack: Stack): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const s of storages(stack)) {
    if (!s.cipher) continue;
    for (const { table_name, column_name } of await textColumns(s)) {
      if (!column_name.endsWith('_enc')) continue;
      const { rows } = await sql<{ v: string | null }>`select ${sql.ref(column_name)}::text as v from ${sql.table(table_name)}`.execute(s.db);
      for (const { v } of rows) {
        if (!v) continue;
        const plain = s.cipher.decrypt(v).trim();
        if (plain.length >= 2) found.set(plain, `${s.name}.${table_name}.${column_name}`);
      }
    }
  }
  return found;
}

/** Where any secret appears in clear: every text column of every subgraph's schema. Returns how many values were read. */
export async function scanTables(stack: Stack, secrets: string[]): Promise<{ scanned: number; tables: Set<string>; leaks: string[] }> {
  let scanned = 0;
  const tables = new Set<string>();
  const leaks: string[] = [];
  for (const s of storages(stack)) {
    for (const { table_name, column_name } of await textColumns(s)) {
      tables.add(`${s.name}.${table_name}`);
      const { rows } = await sql<{ v: string | null }>`select ${sql.ref(column_name)}::text as v from ${sql.table(table_name)}`.execute(s.db);
      for (const { v } of rows) {
        if (!v) continue;
        scanned++;
        const leaked = secrets.find((x) => v.includes(x));
        if (leaked) leaks.push(`${s.name}.${table_name}.${column_name} holds ${found(leaked)}`);
      }
    }
  }
  return { scanned, tables, leaks };
}

const found = (secret: string) => `${secret.slice(0, 1)}…(${secret.length})`;

/**
 * Every key and value in the subgraphs' caches: the in-process LRU tiers (read through lru-cache's `dump()`, the
 * stores expose no listing) and, on the servers path, every Redis key of this stack's namespaces with its value.
 */
export async function cacheEntries(stack: Stack): Promise<{ entries: Array<[string, string]>; redisKeys: number }> {
  const entries: Array<[string, string]> = [];
  const redisTiers: Array<{ redis: Redis; prefix: string }> = [];
  const walk = (store: any) => {
    if (!store) return;
    if (store.kind === 'memory') for (const [k, e] of store.lru.dump() as Array<[string, { value: string }]>) entries.push([k, e.value]);
    if (store.kind === 'tiered') {
      walk(store.near);
      walk(store.far);
    }
    if (store.kind === 'redis') redisTiers.push({ redis: store.redis, prefix: store.prefix });
  };
  for (const s of storages(stack)) walk(s.cache);
  let redisKeys = 0;
  const namespaces = new Set([...redisTiers.map((t) => t.prefix), ...storages(stack).map((s) => `jt:${s.schema}:`)]);
  const redis = redisTiers[0]?.redis;
  if (redis) {
    for (const prefix of namespaces) {
      for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<string[]>) {
        for (const key of keys) {
          redisKeys++;
          const type = await redis.type(key);
          const value = type === 'string' ? ((await redis.get(key)) ?? '') : type === 'hash' ? JSON.stringify(await redis.hgetall(key)) : '';
          entries.push([key, value]);
        }
      }
    }
  }
  return { entries, redisKeys };
}
