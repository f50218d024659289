import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSubgraph, type CallerInput, signCaller, sql, type StartedSubgraph } from '@jingtong/kit';
import type { AffairsDeps } from '../deps.js';
import { affairs } from '../subgraph.js';

const SECRET = 'affairs-resolver-test-caller-secret-0123456';

export type Answer = { data?: any; errors?: Array<{ message: string; path?: Array<string | number>; extensions: Record<string, any> }> };
export type Who = Omit<CallerInput, 'requestId'>;

export const officer = (...roles: string[]): Who => ({ kind: 'officer', sub: `officer-${randomUUID()}`, unit: '411000000000', roles, channel: 'console' });
export const citizen = (): Who => ({ kind: 'citizen', sub: randomUUID(), acr: 2, channel: 'h5' });

/**
 * The affairs subgraph as `npm start` builds it (its own app factory, embedded PGlite in a temp folder), listening on
 * port 0 and asked with a signed caller header as the gateway asks it.
 */
export async function startAffairs() {
  const dataDir = mkdtempSync(join(tmpdir(), 'affairs-inject-'));
  const subgraph: StartedSubgraph<AffairsDeps & { close(): Promise<void> }> = await buildSubgraph(affairs, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    CALLER_SIGNING_SECRET: SECRET,
    DATA_DIR: dataDir,
    JOBS_POLL_MS: '0',
  });
  await subgraph.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(subgraph.app.server.address() as AddressInfo).port}/graphql`;

  async function gql(who: Who, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-jt-caller': signCaller({ ...who, requestId: `req-${randomUUID()}` }, SECRET, body) }, body });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    return (await res.json()) as Answer;
  }

  /** The audit rows about one target, oldest first. */
  async function auditOf(targetId: string) {
    const { rows } = await sql<{ action: string; actor_id: string; details: any }>`select action, actor_id, details from audit_log where target_id = ${targetId} order by id`.execute(subgraph.deps.database.db);
    return rows.map((r) => ({ ...r, details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details }));
  }

  return {
    subgraph,
    gql,
    auditOf,
    close: async () => {
      await subgraph.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type Affairs = Awaited<ReturnType<typeof startAffairs>>;
